import CZlib
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open input (a file or standard input) read in chunks, so that a huge input never has to fit in memory.
final class InputFile {
    let location: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Bytes read but not yet consumed, from `position`.
    private var buffer: [UInt8] = []
    private var position = 0
    private(set) var atEnd = false
    static let chunkSize = 1 << 20
    /// Set when the input is gzip-compressed: its bytes are inflated as they are read.
    private var gzip: GzipStream?

    private init(location: String, descriptor: Int32, ownsDescriptor: Bool) {
        self.location = location
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    static func standardInput() -> InputFile {
        InputFile(location: "<stdin>", descriptor: STDIN_FILENO, ownsDescriptor: false)
    }

    /// Reads the input through gzip from here on when it starts with gzip's magic bytes.
    func inflateIfCompressed() throws {
        let head = try peek(2)
        guard head.elementsEqual([0x1F, 0x8B]) else { return }
        let compressed = Array(buffer[position...])
        buffer = []
        position = 0
        gzip = try GzipStream(location: location, pending: compressed)
    }

    /// Opens a regular file, or says in words why it cannot be read.
    static func open(_ path: String) -> Result<InputFile, RelationsError> {
        var info = stat()
        if stat(path, &info) != 0 {
            return .failure(.badInput(location: path, reason: describe(errno: errno, path: path)))
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            return .failure(.badInput(location: path, reason: "is a folder"))
        }
        let descriptor = Glibc_open(path)
        guard descriptor >= 0 else { return .failure(.badInput(location: path, reason: describe(errno: errno, path: path))) }
        return .success(InputFile(location: path, descriptor: descriptor, ownsDescriptor: true))
    }

    /// The file's size in bytes, when it is a regular file (for a .gz file, its compressed size).
    var size: Int? {
        if gzip != nil { return nil }
        return storedSize
    }

    /// The size on disk, compressed or not.
    var storedSize: Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Why `stat` or `open` failed, in words.
    static func describe(errno code: Int32, path: String) -> String {
        switch code {
        case ENOENT:
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return "a symbolic link to a file that does not exist" }
            return "no such file or folder"
        case ELOOP: return "a loop of symbolic links"
        case EACCES, EPERM: return "cannot be read: permission denied"
        case ENOTDIR: return "no such file or folder (a part of the path is not a folder)"
        case ENAMETOOLONG: return "the path is too long"
        default: return "cannot be read: \(String(cString: strerror(code)))"
        }
    }

    /// Reads more bytes into the buffer; false at the end of the input.
    private func fill() throws -> Bool {
        if atEnd { return false }
        if position > 0, position >= buffer.count / 2 {
            buffer.removeFirst(position)
            position = 0
        }
        let chunk: [UInt8]
        if let gzip {
            chunk = try gzip.inflate { try self.readRaw() }
        } else {
            chunk = try readRaw()
        }
        if chunk.isEmpty { atEnd = true }
        buffer.append(contentsOf: chunk)
        return !chunk.isEmpty
    }

    /// Up to a chunk of bytes straight from the descriptor; empty at the end.
    private func readRaw() throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { storage, count in
            var read = 0
            repeat { read = Glibc_read(descriptor, storage.baseAddress!, Self.chunkSize) } while read < 0 && errno == EINTR
            if read < 0 { throw RelationsError.badInput(location: location, reason: "cannot be read: \(String(cString: strerror(errno)))") }
            count = read
        }
    }

    /// Index of the first "\n" in `buffer[from...]`.
    private func newline(from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { all in
            guard let found = memchr(all.baseAddress! + start, 0x0A, all.count - start) else { return nil }
            return all.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Up to `count` bytes from the start of the input, without consuming them.
    func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - position < count, try fill() {}
        return buffer[position..<min(buffer.count, position + count)]
    }

    /// The rest of the input, or nil (and nothing consumed past `limit + 1` bytes) when it is longer than `limit`.
    func readAll(limit: Int) throws -> [UInt8]? {
        while buffer.count - position <= limit, try fill() {}
        if buffer.count - position > limit { return nil }
        let rest = Array(buffer[position...])
        buffer = []
        position = 0
        return rest
    }

    enum Line {
        case text(ArraySlice<UInt8>)
        /// A line longer than the limit; it was skipped, and this many bytes long.
        case tooLong(Int)
    }

    /// The next line (without its "\n"), or nil at the end. A line longer than `limit` is skipped without
    /// being kept in memory.
    func nextLine(limit: Int) throws -> Line? {
        var searched = position
        while true {
            if let newline = newline(from: searched) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line.count > limit ? .tooLong(line.count) : .text(line)
            }
            if buffer.count - position > limit {
                // Too long: count it and drop it chunk by chunk.
                var length = buffer.count - position
                buffer = []
                position = 0
                while try fill() {
                    if let newline = newline(from: 0) {
                        length += newline
                        position = newline + 1
                        return .tooLong(length)
                    }
                    length += buffer.count
                    buffer = []
                }
                return .tooLong(length)
            }
            let consumed = position
            searched = buffer.count
            guard try fill() else {
                if position >= buffer.count { return nil }
                let line = buffer[position...]
                position = buffer.count
                return .text(line)
            }
            // `fill` may have moved the bytes to the front of the buffer.
            searched -= consumed - position
        }
    }
}

// The C calls under names that do not clash with this file's `open` and `read`.
@inline(__always) private func Glibc_open(_ path: String) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #else
    return Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
}

@inline(__always) private func Glibc_read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(descriptor, buffer, count)
    #else
    return Darwin.read(descriptor, buffer, count)
    #endif
}

/// "5 MB", "2.5 MB", "812 bytes" (1 MB = 1,000,000 bytes).
func byteCount(_ bytes: Int) -> String {
    if bytes < 10_000 { return "\(bytes) bytes" }
    let megabytes = Double(bytes) / 1_000_000
    return megabytes >= 10 || megabytes == megabytes.rounded() ? "\(Int(megabytes.rounded())) MB" : String(format: "%.1f MB", megabytes)
}

/// zlib's inflate over a stream of compressed chunks (gzip, or several gzip members one after another).
final class GzipStream {
    private var stream = z_stream()
    private var pending: [UInt8]
    private let location: String
    private var finished = false

    init(location: String, pending: [UInt8]) throws {
        self.location = location
        self.pending = pending
        // 15 + 32: the largest window, and a gzip or zlib header detected automatically.
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RelationsError.badInput(location: location, reason: "cannot start gzip decompression")
        }
    }

    deinit { inflateEnd(&stream) }

    /// The next inflated bytes; empty at the end. `more` supplies compressed bytes (empty at the end of the file).
    func inflate(more: () throws -> [UInt8]) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: InputFile.chunkSize)
        while !finished {
            if pending.isEmpty {
                pending = try more()
                if pending.isEmpty {
                    throw RelationsError.badInput(location: location, reason: "the gzip data is truncated")
                }
            }
            var produced = 0
            var status: Int32 = Z_OK
            var consumed = 0
            pending.withUnsafeMutableBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    stream.next_in = input.baseAddress
                    stream.avail_in = UInt32(input.count)
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    consumed = input.count - Int(stream.avail_in)
                    produced = out.count - Int(stream.avail_out)
                }
            }
            pending.removeFirst(consumed)
            if status == Z_STREAM_END {
                // Another gzip member may follow (files written by `cat a.gz b.gz`).
                if pending.isEmpty { pending = try more() }
                if pending.isEmpty { finished = true } else { inflateReset(&stream) }
            } else if status != Z_OK && status != Z_BUF_ERROR {
                throw RelationsError.badInput(location: location, reason: "not valid gzip data (zlib error \(status))")
            }
            if produced > 0 { return Array(output[0..<produced]) }
        }
        return []
    }
}
