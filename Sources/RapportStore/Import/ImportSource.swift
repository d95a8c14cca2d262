import Foundation
import RapportCore

/// An import file read into rows: its encoding settled (given, or found by
/// `EncodingSniffer`), then read through `CSVReader` in chunks.
public struct ImportSource: Sendable {
    public let header: [String]
    public let rows: [CSVRow]
    public let encoding: TextEncoding
    public let delimiter: CSVDelimiter
    /// Set when the encoding was guessed, for the warning line: "read as Windows-1252 (é on line 3)".
    public let encodingNote: String?

    static let chunkSize = 65_536

    public static func read(path: String, encoding chosen: TextEncoding?, delimiter: CSVDelimiter?) throws -> ImportSource {
        let name = (path as NSString).lastPathComponent
        var sniffer = EncodingSniffer()
        try eachChunk(of: path) { sniffer.feed($0) }
        sniffer.finish()
        if let nul = sniffer.firstNUL { throw ImportError.read(file: name, .notText(line: nul.line, byte: nul.byte)) }
        var encoding = chosen ?? .utf8
        var note: String?
        if chosen == nil || chosen == .utf8, let invalid = sniffer.firstInvalid {
            if chosen == nil && sniffer.looksLikeWindows1252 {
                encoding = .windows1252
                note = "\(name) is not UTF-8; read as Windows-1252 (\(sniffer.firstLetter.map { "'\($0.text)' on line \($0.line)" } ?? "")) — pass --encoding to choose another"
            } else {
                throw ImportError.read(file: name, .invalidUTF8(line: invalid.line, byte: invalid.byte))
            }
        }
        let handle = try open(path)
        defer { try? handle.close() }
        var reader = CSVReader(delimiter: delimiter, encoding: encoding) {
            let data = try handle.read(upToCount: chunkSize) ?? Data()
            return data.isEmpty ? nil : [UInt8](data)
        }
        do {
            guard let header = try reader.next() else { throw CSVReadError.emptyFile }
            var rows: [CSVRow] = []
            while let row = try reader.next() { rows.append(row) }
            return ImportSource(
                header: header.fields, rows: rows, encoding: encoding, delimiter: reader.delimiter ?? .comma, encodingNote: note)
        } catch let error as CSVReadError {
            throw ImportError.read(file: name, error)
        }
    }

    static func open(_ path: String) throws -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError.other("\(path): no such file")
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError.other("\(path): cannot be read (a folder, or no permission)")
        }
        return handle
    }

    static func eachChunk(of path: String, _ body: ([UInt8]) -> Void) throws {
        let handle = try open(path)
        defer { try? handle.close() }
        while let data = try handle.read(upToCount: chunkSize), !data.isEmpty { body([UInt8](data)) }
    }
}
