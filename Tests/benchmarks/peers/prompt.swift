// The Swift floor for start-up: print one question and read one line, no Foundation, built as
// a static executable, as intake's release build is.
#if canImport(Glibc)
    import Glibc
#endif

print("How old were you when you were arrested?")
print("> ", terminator: "")
fflush(nil)
_ = readLine()
