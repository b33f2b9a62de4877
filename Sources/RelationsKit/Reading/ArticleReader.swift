import Foundation

/// The input formats `relations import` reads.
public enum InputFormat: String, CaseIterable, Sendable {
    case text, jsonl, json, html

    /// The format a file name implies, if any.
    public static func from(fileName: String) -> InputFormat? {
        switch (fileName as NSString).pathExtension.lowercased() {
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
public enum ArticleReader {
    public typealias Handler = (Result<Article, RelationsError>) throws -> Void

    /// Reads `path` ("-" for standard input).
    public static func read(path: String, format: InputFormat? = nil, handle: Handler) throws {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            try read(data: data, location: "<stdin>", format: format, handle: handle)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try handle(.failure(.badInput(location: path, reason: "no such file or folder")))
            return
        }
        if isDirectory.boolValue {
            for file in try files(under: path) { try readFile(file, format: format, handle: handle) }
        } else {
            try readFile(path, format: format, handle: handle)
        }
    }

    /// Article files under a folder, sorted, skipping hidden files; symbolic links to folders are not followed.
    static func files(under folder: String) throws -> [String] {
        let url = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw RelationsError.badInput(location: folder, reason: "cannot list the folder")
        }
        var result: [String] = []
        for case let file as URL in enumerator {
            let isFile = (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            if isFile, InputFormat.from(fileName: file.lastPathComponent) != nil { result.append(file.path) }
        }
        return result.sorted()
    }

    static func readFile(_ path: String, format: InputFormat?, handle: Handler) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            try handle(.failure(.badInput(location: path, reason: "cannot be read (permission denied?)")))
            return
        }
        try read(data: data, location: path, format: format ?? InputFormat.from(fileName: path), handle: handle)
    }

    public static func read(data: Data, location: String, format: InputFormat?, handle: Handler) throws {
        let text: String
        switch decode(data) {
        case let .success(decoded): text = decoded
        case let .failure(problem):
            try handle(.failure(.badInput(location: location, reason: problem.reason)))
            return
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            try handle(.failure(.badInput(location: location, reason: data.isEmpty ? "empty file" : "contains only whitespace")))
            return
        }
        switch format ?? InputFormat.sniff(text) {
        case .text: try handle(Result { try TextArticle.parse(text, source: location) }.mapError { $0 as? RelationsError ?? .badInput(location: location, reason: "\($0)") })
        case .jsonl: try JSONArticles.readLines(text, source: location, handle: handle)
        case .json: try JSONArticles.readDocument(text, source: location, handle: handle)
        case .html: try handle(Result { try HTMLArticle.parse(text, source: location) }.mapError { $0 as? RelationsError ?? .badInput(location: location, reason: "\($0)") })
        }
    }

    struct DecodingProblem: Error { let reason: String }

    /// UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary data and invalid UTF-8 are rejected
    /// with the byte offset of the first bad byte.
    static func decode(_ data: Data) -> Result<String, DecodingProblem> {
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            guard let text = String(data: data, encoding: .utf16) else { return .failure(DecodingProblem(reason: "invalid UTF-16")) }
            return .success(text)
        }
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[skip...]
        if let zero = body.firstIndex(of: 0) {
            return .failure(DecodingProblem(reason: "binary data (a NUL byte at byte offset \(zero)); not an article"))
        }
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        // Find the first bad byte for the message.
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var offset = skip
        while case let .scalarValue(scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return .failure(DecodingProblem(reason: "invalid UTF-8 at byte offset \(offset); convert the file to UTF-8 (rejected, nothing stored)"))
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
        let body = lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
        return Article(source: source, url: url, title: title, dateText: dateText, body: body.isEmpty ? (title ?? "") : body)
    }
}
