// Typed errors at stage boundaries. Each carries a message a person can act on;
// the batch runner turns them into failed records, the CLI into exit codes.
#pragma once

#include <stdexcept>
#include <string>

namespace vbtrack {

// The input file cannot be processed (corrupt, encrypted, unsupported, too large).
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The tracking store cannot be opened or is corrupt (exit code 3).
struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// vbtrack's own installation cannot do the work: the language model file is
// unreadable or from another version, Tesseract's language data is missing
// (exit code 4). It stops a batch: every file after it would fail the same
// way, and records saying so would hide the cause and be skipped on the next run.
struct SetupError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The command line is wrong (exit code 2).
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace vbtrack
