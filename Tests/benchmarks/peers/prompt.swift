// The Swift floor for start-up: print one question and read one line, no Foundation, with the
// static Swift standard library, as intake is built.
#if canImport(Glibc)
import Glibc
#endif

print("How old were you when you were arrested?")
print("> ", terminator: "")
fflush(nil)
_ = readLine()
