// Diacritic restoration and OCR correction as a normalize stage: runs after the
// Unicode/encoding normalizer on the text of every document whose source needs
// it — OCR'd pages, and text that lost its marks — and counts what it changed.
#pragma once

#include <filesystem>
#include <memory>
#include <atomic>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "normalizers/diacritics/in_domain_cache.hpp"
#include "normalizers/diacritics/restorer.hpp"
#include "normalizers/normalize.hpp"

namespace vbtrack::diacritics {

class RestorationStage final : public TextNormalizer {
public:
    explicit RestorationStage(std::filesystem::path model_path) : model_path_(std::move(model_path)) {}

    void normalize(Document& document) const override;

    // An archive teaches the model its own vocabulary (its names, its phrasing):
    // the batch gives the stage the text of its clean Word documents, then calls
    // use_learned_vocabulary() before it reads anything that may need restoring.
    // learn() may run on several threads at once, and never after
    // use_learned_vocabulary(), which other threads' normalize() may overlap.
    // Until it is called, restoration uses the model alone, so what a document
    // becomes never depends on which documents other workers happened to finish first.
    void learn(std::string_view clean_text) const;
    void use_learned_vocabulary() { use_learned_.store(learned_ && !learned_->empty(), std::memory_order_release); }

private:
    // `from_scan`: the paragraphs are OCR's (RestoreOptions::from_scan).
    void restore_together(const std::vector<Paragraph*>& paragraphs, bool from_scan, TextQuality& quality) const;
    const DiacriticRestorer& restorer() const;

    std::filesystem::path model_path_;
    mutable std::once_flag opened_;
    mutable std::optional<DiacriticRestorer> restorer_;
    mutable std::mutex learning_;
    mutable std::optional<InDomainCache> learned_;
    std::atomic<bool> use_learned_{false};  // set once; learned_ is read only after it is seen set
};

// nullptr when the model file does not exist (the pipeline then runs without
// restoration and says so once).
std::unique_ptr<RestorationStage> make_restoration_stage(const std::filesystem::path& model_path);

}  // namespace vbtrack::diacritics
