import Glibc
import IntakeKit

/// The one place the program reads the clock: today's date, in local time, once at the start
/// of a visit (the engine is given it; see `Conversation.today`).
enum Clock {
    static func today() -> Day? {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
