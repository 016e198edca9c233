import Foundation
import PackagePlugin

/// Embeds Dialogs/*.yaml into the target as Swift string literals, so the built-in dialogs
/// travel inside the binary. Runs on every build; the tool rewrites its output only on change.
@main
struct EmbedDialogs: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Dialogs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDialogs.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) dialog(s)",
                executable: try context.tool(named: "embed-dialogs").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
