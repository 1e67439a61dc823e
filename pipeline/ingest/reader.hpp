// The ingest stage: one Reader per input format, chosen by a registry.
#pragma once

#include <filesystem>
#include <map>
#include <memory>

#include "pipeline/core/document.hpp"

namespace vbtrack {

class Reader {
public:
    virtual ~Reader() = default;
    // Reads the file into pages and paragraphs. Throws InputError with a message
    // a person can act on when the file cannot be read.
    virtual Document read(const std::filesystem::path& path, const SourceInfo& source) const = 0;
};

class ReaderRegistry {
public:
    void add(Format format, std::unique_ptr<Reader> reader);
    const Reader* find(Format format) const;  // nullptr when no reader handles it

    // The readers this build has: docx, PDF, plain text, and those of the ocr stage.
    static ReaderRegistry with_builtin_readers();

private:
    std::map<Format, std::unique_ptr<Reader>> readers_;
};

}  // namespace vbtrack
