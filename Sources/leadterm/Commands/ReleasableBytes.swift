#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes in anonymous pages of their own, mapped for them alone, so the pages
/// holding text already read can be handed back to the system (`letGo`) while the rest is
/// read: `leadterm validate` of a 10 MB lead need not keep all 10 MB until the end.
/// (Pages of a malloc'd buffer are not ours to drop; these are.)
final class ReleasableBytes {
    let base: UnsafeMutableRawPointer
    let capacity: Int
    var count = 0
    private let mappedLength: Int
    private let pageSize: Int
    private var letGoUpTo = 0

    init?(capacity: Int) {
        let page = max(4096, sysconf(Int32(_SC_PAGESIZE)))
        let length = max(page, (capacity + page - 1) / page * page)
        let mapped = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        self.base = mapped
        self.capacity = capacity
        self.mappedLength = length
        self.pageSize = page
    }

    deinit { munmap(base, mappedLength) }

    /// The bytes read. Those in a stretch let go read as zeros.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Gives back the whole pages before `range`'s end: the reader lets go of the text from
    /// its start on, one stretch after the other.
    func letGo(_ range: Range<Int>) {
        let end = min(range.upperBound, count) / pageSize * pageSize
        guard end > letGoUpTo else { return }
        _ = madvise(base + letGoUpTo, end - letGoUpTo, MADV_DONTNEED)
        letGoUpTo = end
    }
}
