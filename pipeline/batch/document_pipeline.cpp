#include "pipeline/batch/document_pipeline.hpp"

#include <algorithm>

#include "pipeline/core/errors.hpp"
#include "pipeline/core/format.hpp"
#include "pipeline/core/sha256.hpp"
#include "pipeline/core/version.hpp"

namespace vbtrack {
namespace {

std::string unsupported_reason(Format format) {
    switch (format) {
        case Format::image: return "scanned images need OCR, which this version cannot do yet";
        case Format::doc: return "old Word (.doc) files are not supported yet; save the file as .docx and ingest that";
        default: return "the file is not a document vbtrack knows (docx, pdf, txt)";
    }
}

}  // namespace

DocumentPipeline::DocumentPipeline()
    : readers_(ReaderRegistry::with_builtin_readers()),
      normalizer_(make_text_normalizer()),
      extractor_(make_field_extractor()),
      config_hash_(sha256_hex(std::string("pipeline ") + kPipelineVersion).substr(0, 16)) {}

SourceInfo describe_file(const std::filesystem::path& path) {
    SourceInfo source;
    source.path = path.string();
    source.size = std::filesystem::file_size(path);
    source.sha256 = sha256_file(path);
    source.format = detect_format(path);
    return source;
}

Document DocumentPipeline::read(const std::filesystem::path& path, const SourceInfo& source) const {
    const Reader* reader = readers_.find(source.format);
    if (!reader) throw InputError(unsupported_reason(source.format));
    Document document = reader->read(path, source);
    if (std::any_of(document.pages.begin(), document.pages.end(), [](const Page& p) { return p.needs_ocr; }))
        throw InputError("the file has scanned pages without a text layer; OCR is not available in this version yet");
    return document;
}

Document DocumentPipeline::read_and_repair(const std::filesystem::path& path, const SourceInfo& source) const {
    Document document = read(path, source);
    normalizer_->normalize(document);
    return document;
}

Record DocumentPipeline::process(const std::filesystem::path& path, const SourceInfo& source) const {
    Record record;
    try {
        Document document = read_and_repair(path, source);
        record.id = source.sha256;
        record.source = source;
        record.pages = static_cast<int>(document.pages.size());
        record.text_source = document.text_source();
        record.text = document.text();
        record.quality = document.quality;
        record.pipeline_version = kPipelineVersion;
        record.config_hash = config_hash_;
        if (record.text.empty())
            return failed_record(source, "no text found in the file; if it is a scan, check that it has pages");
        extractor_->extract(document, record);
    } catch (const InputError& e) {
        record = failed_record(source, e.what());
    } catch (const std::exception& e) {
        record = failed_record(source, std::string("internal error while reading the file: ") + e.what() +
                                           "; please report it with the file");
    }
    record.config_hash = config_hash_;
    return record;
}

}  // namespace vbtrack
