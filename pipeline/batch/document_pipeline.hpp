// One document through the stages: ingest → ocr → normalize → extract → record.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "extractors/extract.hpp"
#include "normalizers/diacritics/restoration_stage.hpp"
#include "normalizers/normalize.hpp"
#include "pipeline/core/record.hpp"
#include "pipeline/ingest/reader.hpp"
#include "pipeline/ocr/contained_reader.hpp"
#include "pipeline/ocr/ocr_options.hpp"
#include "pipeline/ocr/ocr_stage.hpp"

namespace vbtrack {

class DocumentPipeline {
public:
    explicit DocumentPipeline(ocr::OcrOptions ocr_options = {});

    // Never throws for a problem with the file: an unreadable document gives a
    // `failed` record with the reason, so that no document is lost. Throws
    // SetupError when vbtrack's own model or OCR data cannot be used.
    Record process(const std::filesystem::path& path, const SourceInfo& source) const;

    // The document after ingest (and ocr) only: `vbtrack text --raw`. Every read (and its
    // OCR) runs in a contained child process: a file that crashes or hangs Poppler,
    // Leptonica or Tesseract fails alone. Construct the pipeline before starting threads
    // (the contained reader forks its server then).
    Document read(const std::filesystem::path& path, const SourceInfo& source) const;
    // The document after normalize: `vbtrack text`.
    Document read_and_repair(const std::filesystem::path& path, const SourceInfo& source) const;

    const std::string& config_hash() const { return config_hash_; }

    // An archive teaches the model its own vocabulary: the batch runner hands in
    // the records of its Word files, then switches the counts on before it reads
    // the scans (diacritics::RestorationStage::learn). A record teaches only when
    // its text is the author's, unrepaired. Both do nothing without a model.
    void learn_vocabulary(const Record& record) const;
    void use_learned_vocabulary();

private:
    ReaderRegistry readers_;
    ocr::OcrStage ocr_;
    ocr::ContainedReader contained_;  // after the readers and the stage it forks with, before any thread
    std::vector<std::unique_ptr<TextNormalizer>> normalizers_;  // in order: Unicode and encodings, then restoration
    diacritics::RestorationStage* restoration_ = nullptr;       // the last of normalizers_, when there is a model
    std::unique_ptr<FieldExtractor> extractor_;
    std::string config_hash_;
};

// Word files (.docx, .doc) hold the text their author typed: in a batch they are
// read first and teach the model the archive's vocabulary before the scans are repaired.
inline const std::vector<Format> kWordFormats{Format::docx, Format::doc};
bool is_word_format(Format format);

// How many Word files teach at most: counting a thousand documents' syllables
// takes tens of megabytes, and the first thousand of one archive already hold
// its names and phrasing. Chosen by position (in the walk, in the queue, in the
// store), so a run is repeatable.
inline constexpr std::size_t kMaxTeachingFiles = 1000;

// SourceInfo for a file on disk: path, size, SHA-256, format.
SourceInfo describe_file(const std::filesystem::path& path);
// The same for a file whose format is already known (detect_format).
SourceInfo describe_file(const std::filesystem::path& path, Format format);

}  // namespace vbtrack
