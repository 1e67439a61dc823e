// One document through the stages: ingest → ocr → normalize → extract → record.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "extractors/extract.hpp"
#include "normalizers/normalize.hpp"
#include "pipeline/core/record.hpp"
#include "pipeline/ingest/reader.hpp"

namespace vbtrack {

class DocumentPipeline {
public:
    DocumentPipeline();

    // Never throws for a problem with the file: an unreadable document gives a
    // `failed` record with the reason, so that no document is lost.
    Record process(const std::filesystem::path& path, const SourceInfo& source) const;

    // The document after ingest (and ocr) only: `vbtrack text --raw`.
    Document read(const std::filesystem::path& path, const SourceInfo& source) const;
    // The document after normalize: `vbtrack text`.
    Document read_and_repair(const std::filesystem::path& path, const SourceInfo& source) const;

    const std::string& config_hash() const { return config_hash_; }

private:
    ReaderRegistry readers_;
    std::unique_ptr<TextNormalizer> normalizer_;
    std::unique_ptr<FieldExtractor> extractor_;
    std::string config_hash_;
};

// SourceInfo for a file on disk: path, size, SHA-256, format.
SourceInfo describe_file(const std::filesystem::path& path);

}  // namespace vbtrack
