// The pipeline's public API is made of the reader's, the model's and the extractors' types (a report holds a
// `Document` and `DocumentExtraction`, a builder holds a `DocxReader` and a `DocumentExtractor`), so a client
// imports this one module and depends on nothing below it.
@_exported public import DocumentModel
@_exported public import Docx
@_exported public import Extraction
