#include "pipeline/ocr/engine_pool.hpp"

namespace vbtrack::ocr {

EnginePool::EnginePool(std::string language, int size) : language_(std::move(language)), size_(std::max(1, size)) {}

EnginePool::Lease EnginePool::acquire() {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [this] { return !idle_.empty() || created_ < size_; });
    if (!idle_.empty()) {
        auto engine = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(engine));
    }
    ++created_;
    lock.unlock();
    try {
        return Lease(*this, std::make_unique<OcrEngine>(language_));
    } catch (...) {
        std::lock_guard relock(mutex_);
        --created_;
        returned_.notify_one();
        throw;
    }
}

void EnginePool::warm_up() {
    std::vector<Lease> leases;
    while (true) {
        {
            std::lock_guard lock(mutex_);
            if (created_ >= size_) break;
        }
        leases.push_back(acquire());
    }
}

void EnginePool::give_back(std::unique_ptr<OcrEngine> engine) {
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(engine));
    }
    returned_.notify_one();
}

}  // namespace vbtrack::ocr
