// Tests that need the model the build trained on ../shared/corpus (vbtrack-lm.bin):
// the small test corpus has no rare words nor the development documents' vocabulary.
#pragma once

#include <filesystem>
#include <string_view>

#include "normalizers/diacritics/restorer.hpp"
#include "test_paths.hpp"

// Opens the build tree's model as a DiacriticRestorer named `var`; skips the
// test when ../shared or the model is absent, or the model was trained on Debian's text only.
#define REQUIRE_CORPUS_MODEL(var)                                                                      \
    VBTRACK_REQUIRE_SHARED(shared);                                                                    \
    if (!std::filesystem::exists(default_model_path()))                                                \
        GTEST_SKIP() << "no language model at " << default_model_path() << ": build vbtrack_lm_model"; \
    const auto var = DiacriticRestorer::open(default_model_path());                                    \
    if (var.model().provenance().find("Debian") != std::string_view::npos)                             \
        GTEST_SKIP() << "the model was trained on Debian's text only, not on ../shared/corpus"
