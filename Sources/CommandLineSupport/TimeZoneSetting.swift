#if canImport(Glibc)
    internal import Glibc
#endif

/// The process's time-zone setting (`TZ`), as the C library reads it.
public enum TimeZoneSetting {
    /// Sets `TZ` to glibc's default zone file when it is unset: the same zone, named.
    ///
    /// libzip converts every entry's time with `mktime`, and glibc's `mktime` checks an unnamed zone file with a
    /// `stat` each time (about 20 a document); with the zone named, it checks only when `TZ` changes. A set `TZ` is
    /// left as it is, and so are platforms other than glibc's. Call it before any other thread starts.
    public static func nameDefaultZone() {
        #if canImport(Glibc)
            if let value = value(replacing: getenv("TZ").map { String(cString: $0) }) { setenv("TZ", value, 0) }
        #endif
    }

    /// The `TZ` to set in place of `current`: glibc's default zone file when `TZ` is unset, else nothing.
    static func value(replacing current: String?) -> String? {
        current == nil ? ":/etc/localtime" : nil
    }
}
