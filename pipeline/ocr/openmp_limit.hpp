// Debian's Tesseract runs parts of its LSTM on OpenMP threads (4 per engine).
// With one engine per core already busy on its own page, those threads only
// compete: on 2 cores the tesseract CLI takes 2.5× longer per page with OpenMP
// than without (bench/OCR_RESULTS.md). libgomp reads OMP_THREAD_LIMIT once, when
// it is loaded, so the limit must be in the environment before the program starts.
#pragma once

namespace vbtrack::ocr {

// Call first thing in main(): unless the user set OMP_THREAD_LIMIT, sets it to 1
// and re-executes the program (same arguments) so that libgomp sees it. Returns
// normally when there is nothing to do or the re-execution is impossible.
void restart_without_openmp_threads(char** argv);

}  // namespace vbtrack::ocr
