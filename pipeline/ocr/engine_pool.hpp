// Tesseract engines shared by the OCR worker threads: at most one per thread,
// each created on first need and kept for the rest of the run.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/ocr/engine.hpp"

namespace vbtrack::ocr {

class EnginePool {
public:
    EnginePool(std::string language, int size);

    // An engine for the caller's exclusive use until the lease is destroyed.
    class Lease {
    public:
        Lease(EnginePool& pool, std::unique_ptr<OcrEngine> engine) : pool_(&pool), engine_(std::move(engine)) {}
        Lease(Lease&&) = default;
        ~Lease() {
            if (engine_) pool_->give_back(std::move(engine_));
        }
        OcrEngine& operator*() { return *engine_; }
        OcrEngine* operator->() { return engine_.get(); }

    private:
        EnginePool* pool_;
        std::unique_ptr<OcrEngine> engine_;
    };

    Lease acquire();
    // Creates every engine now, so that a child forked later inherits them ready.
    void warm_up();
    int size() const { return size_; }

private:
    void give_back(std::unique_ptr<OcrEngine> engine);

    std::string language_;
    int size_;
    int created_ = 0;
    std::vector<std::unique_ptr<OcrEngine>> idle_;
    std::mutex mutex_;
    std::condition_variable returned_;
};

}  // namespace vbtrack::ocr
