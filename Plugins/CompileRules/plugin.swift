import Foundation
import PackagePlugin

/// Compiles the target's built-in rules, `Resources/rules.json`, to Swift at build time (`RulesFile.compiled`), so
/// a process gets its rules from literals instead of decoding JSON when it starts.
@main
struct CompileRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let rules = target.directoryURL.appending(path: "Resources").appending(path: "rules.json")
        let output = context.pluginWorkDirectoryURL.appending(path: "RulesFile+Compiled.swift")
        return [
            .buildCommand(
                displayName: "Compiling rules.json",
                executable: try context.tool(named: "RulesCompilerTool").url,
                arguments: [rules.path, output.path],
                inputFiles: [rules],
                outputFiles: [output])
        ]
    }
}
