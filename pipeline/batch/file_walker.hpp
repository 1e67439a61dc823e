// Finds the files an ingest covers: files named on the command line as
// given; folders walked recursively in a stable order, taking the files whose
// extension is a document type (.docx .doc .pdf .tif .tiff .png .jpg .jpeg
// .txt), skipping hidden entries, following symlinked folders once (a symlink
// loop is visited only once).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vbtrack {

struct WalkResult {
    std::vector<std::filesystem::path> files;
    std::vector<std::string> problems;  // paths that could not be walked, with the reason
    std::size_t ignored = 0;            // files in walked folders that are not document types
};

WalkResult walk_inputs(const std::vector<std::filesystem::path>& inputs);

}  // namespace vbtrack
