// Reads the clean text a language model is trained on: plain .txt files, and
// the Vietnamese text Debian packages ship (LibreOffice help as HTML, manual
// pages as gzip'd roff) for machines without ../shared/corpus.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

namespace vbtrack::lm {

// The training files under `roots` (files or folders, walked recursively) in
// a stable order: *.txt, *.html, *.xhp and *.gz, minus any whose path contains
// one of `excluded` (held-out text).
std::vector<std::filesystem::path> corpus_files(const std::vector<std::filesystem::path>& roots,
                                                const std::vector<std::string>& excluded = {});

// Calls `visit` with every non-blank line of text of `file`, normalized (normalize_text), markup removed.
void for_each_line(const std::filesystem::path& file, const std::function<void(std::string_view)>& visit);

// The folders of Vietnamese text installed by Debian packages (libreoffice-help-vi,
// manpages-vi) that exist on this machine.
std::vector<std::filesystem::path> debian_vietnamese_text();

}  // namespace vbtrack::lm
