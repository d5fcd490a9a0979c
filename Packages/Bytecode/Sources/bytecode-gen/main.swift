import BytecodeSpec
#if canImport(Glibc)
import Glibc
#endif

// Regenerates Sources/Bytecode/Generated/Opcodes.swift from Instructions.def.
// Usage: bytecode-gen [package-directory]   (default: the Bytecode package next to this file)
let packageDirectory = CommandLine.arguments.count > 1
    ? CommandLine.arguments[1]
    : String(#filePath.split(separator: "/").dropLast(3).joined(separator: "/")).withLeadingSlash

func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

func writeFile(_ path: String, _ text: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    let bytes = Array(text.utf8)
    return fwrite(bytes, 1, bytes.count, file) == bytes.count
}

extension String {
    var withLeadingSlash: String { hasPrefix("/") ? self : "/" + self }
}

guard let definition = readFile(packageDirectory + "/Instructions.def") else {
    fputs("bytecode-gen: cannot read \(packageDirectory)/Instructions.def\n", stderr)
    exit(2)
}
do {
    let specs = try parseInstructionSpecs(definition)
    let outputPath = packageDirectory + "/Sources/Bytecode/Generated/Opcodes.swift"
    guard writeFile(outputPath, generateOpcodeSource(specs)) else {
        fputs("bytecode-gen: cannot write \(outputPath)\n", stderr)
        exit(1)
    }
    print("bytecode-gen: wrote \(specs.count) instructions to \(outputPath)")
    let uops = try parseUopSpecs(definition)
    let expansions = try parseExpansions(definition, instructions: specs, uops: uops)
    let uopPath = packageDirectory + "/../Superblock/Sources/Superblock/Generated/Uops.swift"
    guard writeFile(uopPath, generateUopSource(uops: uops, expansions: expansions, instructions: specs)) else {
        fputs("bytecode-gen: cannot write \(uopPath)\n", stderr)
        exit(1)
    }
    print("bytecode-gen: wrote \(uops.count) uops and \(expansions.count) expansions to \(uopPath)")
} catch {
    fputs("bytecode-gen: \(error)\n", stderr)
    exit(1)
}
