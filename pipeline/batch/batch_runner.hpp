// Ingests a set of files into a store over N worker threads: hash, skip what
// is stored already, process, store — one transaction per document, so a
// killed run is finished by running the same command again. Word files go
// first and teach the restoration model the archive's vocabulary
// (DocumentPipeline::learn_vocabulary) before the scans are read.
#pragma once

#include <filesystem>
#include <vector>

#include "pipeline/batch/document_pipeline.hpp"
#include "pipeline/batch/file_walker.hpp"
#include "pipeline/batch/progress.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack {

struct BatchOptions {
    unsigned jobs = 0;       // 0: every core
    bool reprocess = false;  // process files even when a current record is stored
};

struct BatchResult {
    BatchSummary summary;
    std::vector<std::string> walk_problems;
    std::size_t ignored = 0;  // files in walked folders that are not document types
};

// Throws StoreError when the store fails and SetupError when vbtrack's model or
// OCR data cannot be used; a problem with one file never throws.
BatchResult run_batch(const std::vector<std::filesystem::path>& inputs, Store& store, DocumentPipeline& pipeline,
                      const BatchOptions& options, ProgressReporter& progress);

}  // namespace vbtrack
