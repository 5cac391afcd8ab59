#if canImport(Glibc)
    import Glibc
#endif

/// The process's open-files limit (`RLIMIT_NOFILE`).
///
/// systemd and most shells start services with a soft limit of 1024 and a much higher hard limit;
/// every connection takes one descriptor, so a listener left at 1024 runs out long before the
/// machine does. An unprivileged process may raise its soft limit up to the hard one.
enum FileDescriptorLimit {
    /// Raises the soft limit to the hard limit; returns the soft limit now in force.
    @discardableResult
    static func raiseToHardLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1_024 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return limit.rlim_cur == rlim_t.max ? Int.max : Int(clamping: limit.rlim_cur)
    }

    /// Connections a limit of `files` descriptors can hold: the listener may briefly hold twice its
    /// cap (connections over it are answered 503 before they close), and the database, its WAL, the
    /// log and the metrics listener need a few of their own.
    static func connectionsFitting(_ files: Int) -> Int {
        max(1, (files - 64) / 2)
    }
}
