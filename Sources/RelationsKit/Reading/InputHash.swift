import Crypto
import Foundation

/// SHA-256 of the raw bytes one article was read from (a JSON Lines line, after a leading byte-order mark),
/// salted with the reader's version and the format. The same bytes always give the same article, so an
/// import that finds the hash already stored (`articles.input_hash`) knows the article is stored unchanged
/// without decoding, parsing, cleaning or extracting it.
public struct InputHash: Hashable, Sendable {
    let w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64

    /// Bump when reading changes what the same bytes turn into (cleaning, field names), so that old hashes stop matching.
    static let version = "relations input 1"

    init(format: InputFormat, bytes: UnsafeRawBufferPointer) {
        var hasher = SHA256()
        hasher.update(data: Data("\(Self.version) \(format.rawValue)\n".utf8))
        hasher.update(bufferPointer: bytes)
        let digest = hasher.finalize()
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        digest.withUnsafeBytes { raw in
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw.prefix(32))) }
        }
        (w0, w1, w2, w3) = words
    }

    init<Bytes: Collection>(format: InputFormat, _ bytes: Bytes) where Bytes.Element == UInt8 {
        if let hash = bytes.withContiguousStorageIfAvailable({ InputHash(format: format, bytes: UnsafeRawBufferPointer($0)) }) {
            self = hash
        } else {
            self = Array(bytes).withUnsafeBytes { InputHash(format: format, bytes: $0) }
        }
    }

    /// The 32 bytes as stored in `articles.input_hash`.
    var data: Data {
        var words = (w0, w1, w2, w3)
        return withUnsafeBytes(of: &words) { Data($0) }
    }

    init?(data: Data) {
        guard data.count == 32 else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        data.withUnsafeBytes { raw in withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: raw) } }
        (w0, w1, w2, w3) = words
    }
}

/// The raw input of an article whose `InputHash` an import already has stored: it is passed on unread.
public struct KnownInput: Sendable {
    public let hash: InputHash
    public let location: String
    /// The raw bytes, kept so that the article can still be read if the stored one is replaced during the import.
    let bytes: [UInt8]
    let format: InputFormat
    /// The decoded article, read only when needed (see `Importer`).
    func read() -> Result<Article, RelationsError>? {
        switch ArticleReader.readLine(bytes, location: location, hash: hash) {
        case let .article(article): return .success(article)
        case let .problem(problem): return .failure(problem)
        case .blank, .known: return nil
        }
    }
}

/// What an import passes to the readers so that inputs it already stored are not read again.
public struct KnownInputs {
    public let hashes: Set<InputHash>
    /// Called in input order, in place of the handler, for each input whose hash is in `hashes`.
    public let handle: (KnownInput) throws -> Void

    public init(hashes: Set<InputHash>, handle: @escaping (KnownInput) throws -> Void) {
        self.hashes = hashes
        self.handle = handle
    }
}
