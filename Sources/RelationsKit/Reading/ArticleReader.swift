import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The input formats `relations import` reads.
public enum InputFormat: String, CaseIterable, Sendable {
    case text, jsonl, json, html

    /// The format a file name implies, if any.
    /// "wire.jsonl.gz" is JSON Lines in gzip.
    public static func from(fileName: String) -> InputFormat? {
        var name = fileName as NSString
        if name.pathExtension.lowercased() == "gz" { name = name.deletingPathExtension as NSString }
        switch name.pathExtension.lowercased() {
        case "txt", "text": return .text
        case "jsonl", "ndjson": return .jsonl
        case "json": return .json
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }

    /// The format the content looks like, for stdin and unknown extensions.
    static func sniff(_ text: String) -> InputFormat {
        let head = text.prefix(2048).trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasPrefix("[") { return .json }
        if head.hasPrefix("{") {
            let firstLine = head.prefix { $0 != "\n" }
            return firstLine.hasSuffix("}") && head.contains("\n{") ? .jsonl : (head.contains("\n") && firstLine.hasSuffix("}") ? .jsonl : .json)
        }
        if head.lowercased().hasPrefix("<!doctype html") || head.lowercased().hasPrefix("<html") || head.lowercased().contains("<body") { return .html }
        return .text
    }
}

/// Reads articles from files, folders (recursively) and standard input.
/// Each article, or each problem with its location, is passed to `handle` in input order;
/// a problem with one article or line does not stop the others.
///
/// Limits, so that no input can exhaust memory: an article (a text or HTML file, one JSON Lines line,
/// one article of a JSON document) may be at most `maxArticleBytes`; a `.json` document, which is parsed
/// whole, at most `maxDocumentBytes`; JSON may nest at most `maxJSONDepth` levels. JSON Lines files and
/// standard input are read line by line, so they may be of any size.
public enum ArticleReader {
    public typealias Handler = (Result<Article, RelationsError>) throws -> Void

    public static let maxArticleBytes = 5_000_000
    public static let maxDocumentBytes = 50_000_000
    public static let maxJSONDepth = 64

    /// Reads `path` ("-" for standard input).
    /// `glob` keeps, inside folders, only the files whose path relative to the folder (or whose name) matches it.
    /// JSON Lines lines whose `InputHash` is in `known` go to `known.handle` unread instead of `handle`.
    public static func read(path: String, format: InputFormat? = nil, glob: String? = nil, known: KnownInputs? = nil, handle: Handler) throws {
        if path == "-" {
            try read(InputFile.standardInput(), format: format, known: known, handle: handle)
            return
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            for entry in entries(under: path) where glob.map({ matches(entry, glob: $0, under: path) }) ?? true {
                switch entry {
                case let .success(file): try readFile(file, format: format, known: known, handle: handle)
                case let .failure(problem): try handle(.failure(problem))
                }
            }
        } else {
            try readFile(path, format: format, known: known, handle: handle)
        }
    }

    /// Whether a folder entry's path (relative to the folder) or file name matches a shell glob ("*.jsonl", "2017/*").
    static func matches(_ entry: Result<String, RelationsError>, glob: String, under folder: String) -> Bool {
        guard case let .success(path) = entry else { return true }
        let relative = path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
        return fnmatch(glob, relative, 0) == 0 || fnmatch(glob, (path as NSString).lastPathComponent, 0) == 0
    }

    /// The total size of the inputs under `paths`, for progress (nil for standard input).
    public static func totalBytes(_ paths: [String], glob: String? = nil) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? entries(under: path).filter { entry in glob.map { matches(entry, glob: $0, under: path) } ?? true }.compactMap { try? $0.get() }
                : [path]
            for file in files { total += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0 }
        }
        return total
    }

    /// Article files under a folder, sorted, skipping hidden files, with a problem for each folder that
    /// cannot be listed and each broken link that looks like an article. Symbolic links to folders are not
    /// followed, so a loop of links cannot trap the walk.
    static func entries(under folder: String) -> [Result<String, RelationsError>] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            return [.failure(.badInput(location: folder, reason: "cannot list the folder (permission denied?)"))]
        }
        var result: [Result<String, RelationsError>] = []
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var link = stat()
            guard lstat(path, &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            var target = stat()
            if stat(path, &target) != 0 {
                if isLink, InputFormat.from(fileName: name) != nil {
                    result.append(.failure(.badInput(location: path, reason: InputFile.describe(errno: errno, path: path))))
                }
                continue
            }
            switch target.st_mode & S_IFMT {
            case S_IFDIR where !isLink: result += entries(under: path)
            case S_IFREG where InputFormat.from(fileName: name) != nil: result.append(.success(path))
            default: continue
            }
        }
        return result
    }

    static func readFile(_ path: String, format: InputFormat?, known: KnownInputs?, handle: Handler) throws {
        switch InputFile.open(path) {
        case let .success(input): try read(input, format: format ?? InputFormat.from(fileName: path), known: known, handle: handle)
        case let .failure(problem): try handle(.failure(problem))
        }
    }

    /// Reads one open input: JSON Lines line by line, anything else whole (within its limit).
    static func read(_ input: InputFile, format: InputFormat?, known: KnownInputs?, handle: Handler) throws {
        do {
            try input.inflateIfCompressed()
            try readContent(input, format: format, known: known, handle: handle)
        } catch let RelationsError.badInput(location, reason) where location == input.location {
            // The input itself failed (truncated gzip, a read error): report it and go on with the others.
            try handle(.failure(.badInput(location: location, reason: reason)))
        }
    }

    static func readContent(_ input: InputFile, format: InputFormat?, known: KnownInputs?, handle: Handler) throws {
        let location = input.location
        var format = format
        if format == nil {
            format = InputFormat.sniff(String(decoding: try input.peek(4096), as: UTF8.self))
        }
        let head = try input.peek(2)
        let isUTF16 = head.count == 2 && (head.elementsEqual([0xFF, 0xFE]) || head.elementsEqual([0xFE, 0xFF]))
        if format == .jsonl, !isUTF16 {
            try readLines(input, known: known, handle: handle)
            return
        }
        let limit = format == .json || format == .jsonl ? maxDocumentBytes : maxArticleBytes
        if let size = input.size, size > limit {
            try handle(.failure(tooLarge(location, size: size, format: format)))
            return
        }
        guard let bytes = try input.readAll(limit: limit) else {
            try handle(.failure(tooLarge(location, size: nil, format: format)))
            return
        }
        try read(data: Data(bytes), location: location, format: format, handle: handle)
    }

    static func tooLarge(_ location: String, size: Int?, format: InputFormat?) -> RelationsError {
        let actual = size.map { " (\(byteCount($0)))" } ?? ""
        if format == .json || format == .jsonl {
            return .badInput(location: location, reason: "too large\(actual): a JSON document may be at most \(byteCount(maxDocumentBytes)); split it, or write it as JSON Lines (one article per line)")
        }
        return .badInput(location: location, reason: "too large\(actual): an article may be at most \(byteCount(maxArticleBytes))")
    }

    /// JSON Lines, one line at a time; a bad line is reported with its number and the others still import.
    /// Lines are hashed, decoded and parsed in blocks on all cores, and handed on in order. A line whose
    /// `InputHash` is in `known` is passed to `known.handle` without being decoded or parsed.
    static func readLines(_ input: InputFile, known: KnownInputs?, handle: Handler) throws {
        var number = 0
        var sawText = false
        var sawBytes = false
        struct Pending: Sendable { let location: String; let bytes: [UInt8] }
        var block: [Pending] = []
        var blockBytes = 0
        let hashes = known?.hashes ?? []
        func flush() throws {
            let results = parallelMap(block) { line -> Line in
                let hash = PhaseTimes.measure("hash the raw line, look it up") { InputHash(format: .jsonl, line.bytes) }
                if hashes.contains(hash) { return .known(KnownInput(hash: hash, location: line.location, bytes: line.bytes, format: .jsonl)) }
                return PhaseTimes.measure("decode, parse JSON, clean the text") { readLine(line.bytes, location: line.location, hash: hash) }
            }
            block.removeAll(keepingCapacity: true)
            blockBytes = 0
            for result in results {
                switch result {
                case .blank: continue
                case let .article(article): sawText = true; try handle(.success(article))
                case let .problem(problem): sawText = true; try handle(.failure(problem))
                case let .known(input): sawText = true; try known?.handle(input)
                }
            }
        }
        while let line = try input.nextLine(limit: maxArticleBytes) {
            number += 1
            let location = "\(input.location):\(number)"
            switch line {
            case let .tooLong(length):
                try flush()
                sawText = true
                try handle(.failure(.badInput(location: location, reason: "line too long (\(byteCount(length))): an article may be at most \(byteCount(maxArticleBytes))")))
            case let .text(bytes):
                sawBytes = sawBytes || !bytes.isEmpty
                var bytes = bytes
                if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
                block.append(Pending(location: location, bytes: Array(bytes)))
                blockBytes += bytes.count
                if block.count >= 256 || blockBytes >= 8 << 20 { try flush() }
            }
        }
        try flush()
        if !sawText {
            try handle(.failure(.badInput(location: input.location, reason: sawBytes ? "contains only whitespace" : "empty file")))
        }
    }

    /// What one JSON Lines line holds.
    enum Line: Sendable {
        case blank
        case article(Article)
        case problem(RelationsError)
        /// Already stored from the same bytes (see `InputHash`).
        case known(KnownInput)
    }

    /// Decodes and parses one JSON Lines line (without its "\n"); pure, so lines can be read in parallel.
    static func readLine(_ bytes: [UInt8], location: String, hash: InputHash) -> Line {
        switch TextDecoding.decode(bytes) {
        case let .failure(problem):
            return .problem(.badInput(location: location, reason: problem.reason.replacingOccurrences(of: "byte offset", with: "byte offset in the line")))
        case let .success(decoded):
            if decoded.text.allSatisfy(\.isWhitespace) { return .blank }
            switch JSONArticles.parseLine(decoded.text, location: location) {
            case let .failure(problem): return .problem(problem)
            case var .success(article):
                article.warning = decoded.warning.map { $0.replacingOccurrences(of: "byte offset", with: "byte offset in the line") }
                article.inputHash = hash
                return .article(article)
            }
        }
    }

    public static func read(data: Data, location: String, format: InputFormat?, handle: Handler) throws {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(data) {
        case let .success(value): decoded = value
        case let .failure(problem):
            try handle(.failure(.badInput(location: location, reason: problem.reason)))
            return
        }
        let text = decoded.text
        if text.allSatisfy(\.isWhitespace) {
            try handle(.failure(.badInput(location: location, reason: data.isEmpty ? "empty file" : "contains only whitespace")))
            return
        }
        // Every article passes its size check and carries the decoding warning.
        func checked(_ result: Result<Article, RelationsError>) throws {
            try handle(result.flatMap { article in
                if article.body.utf8.count > maxArticleBytes {
                    return .failure(.badInput(location: article.source, reason: "too large (\(byteCount(article.body.utf8.count)) of text): an article may be at most \(byteCount(maxArticleBytes))"))
                }
                var article = article
                article.warning = decoded.warning
                return .success(article)
            })
        }
        switch format ?? InputFormat.sniff(text) {
        case .text: try checked(Result { try TextArticle.parse(text, source: location) }.mapError { $0 as? RelationsError ?? .badInput(location: location, reason: "\($0)") })
        case .jsonl: try JSONArticles.readLines(text, source: location, handle: checked)
        case .json: try JSONArticles.readDocument(text, source: location, handle: checked)
        case .html: try checked(Result { try HTMLArticle.parse(text, source: location) }.mapError { $0 as? RelationsError ?? .badInput(location: location, reason: "\($0)") })
        }
    }
}

/// A plain-text article: a title line, an optional dateline, the body.
enum TextArticle {
    static func parse(_ text: String, source: String, url: String? = nil, dateText: String? = nil) throws -> Article {
        let cleaned = TextCleaner.clean(text)
        var lines = cleaned.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).map(String.init)
        guard !lines.isEmpty else { throw RelationsError.badInput(location: source, reason: "no text left after removing page furniture") }
        var title: String?
        if lines.count == 2, lines[0].count <= 250, !lines[0].hasSuffix(".") || lines[0].count < 120 {
            title = lines.removeFirst()
        }
        let body = TextCleaner.trimmed(Substring(lines.joined(separator: "\n")), newlines: true)
        return Article(source: source, url: url, title: title, dateText: dateText, body: body.isEmpty ? (title ?? "") : body)
    }
}
