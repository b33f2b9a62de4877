import Foundation
import PackagePlugin

/// Embeds the package's `Migrations/*.sql` and `seeds/**` files into the target as Swift
/// string constants (`EmbeddedFiles.migrations`, `EmbeddedFiles.referenceSeeds`, `EmbeddedFiles.seedArticles`).
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let groups: [(name: String, folder: URL)] = [
            ("migrations", root.appending(path: "Migrations")),
            ("referenceSeeds", root.appending(path: "seeds/reference")),
            ("seedArticles", root.appending(path: "seeds/articles")),
        ]
        var inputs: [URL] = []
        var arguments: [String] = []
        for group in groups {
            let files = try FileManager.default
                .contentsOfDirectory(at: group.folder, includingPropertiesForKeys: nil)
                .filter { !$0.lastPathComponent.hasPrefix(".") && $0.pathExtension != "md" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            // The files, so that a changed file is embedded again; the folder, so that a file added or removed is.
            // The tool lists the folder itself when it runs (see Sources/EmbedFiles).
            inputs += files
            arguments += ["--group", group.name, group.folder.path]
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding migrations and seeds",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path] + arguments,
                inputFiles: inputs + groups.map(\.folder),
                outputFiles: [output]
            )
        ]
    }
}
