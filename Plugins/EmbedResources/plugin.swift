import Foundation
import PackagePlugin

/// Embeds a target's text resources in its code at build time: every file in the target's `Resources/` folder with
/// the extension `.txt`, `.json`, `.yaml` or `.html` (or a symbolic link to one elsewhere in the package) becomes a
/// static string of `EmbeddedResources`, named after the file (`rules.json` → `EmbeddedResources.rules_json`).
///
/// String literals live in the binary's read-only data, so a resource costs nothing until it is read; SwiftPM's
/// `.embedInCode` builds a byte array instead, whose literal is assembled on the stack when first touched.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Resources")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let tool = try context.tool(named: "EmbedResourceTool")
        return files.filter { ["txt", "json", "yaml", "html"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
            .map { file in
                let output = context.pluginWorkDirectoryURL.appending(path: "Embedded+\(file.lastPathComponent).swift")
                return .buildCommand(
                    displayName: "Embedding \(file.lastPathComponent)",
                    executable: tool.url,
                    arguments: [file.path, output.path],
                    inputFiles: [file],
                    outputFiles: [output])
            }
    }
}
