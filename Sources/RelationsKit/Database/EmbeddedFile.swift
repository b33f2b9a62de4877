/// A file the build embedded into the binary (see `Plugins/EmbedResources`).
public struct EmbeddedFile: Sendable {
    public let name: String
    public let text: String
}

/// The migrations, reference tables and seed articles bundled with this build.
public enum Bundled {
    public static var migrations: [EmbeddedFile] { EmbeddedFiles.migrations }
    public static var referenceTables: [EmbeddedFile] { EmbeddedFiles.referenceSeeds }
    public static var seedArticles: [EmbeddedFile] { EmbeddedFiles.seedArticles }
}
