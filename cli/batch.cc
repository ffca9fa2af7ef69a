#include "batch.h"

#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "jsonl_line.h"

namespace precis_cli {
namespace {

using Clock = std::chrono::steady_clock;

// Lines of a stream, each cut to at most `limit` bytes (the rest is read and
// dropped, so that an oversized line costs no more memory than that).
class LineReader {
 public:
  LineReader(std::FILE* f, std::size_t limit) : f_(f), limit_(limit), buf_(1 << 16) {}

  // The next line without its "\n"; false at the end of the input.
  bool Next(std::string* line) {
    line->clear();
    bool any = false;
    for (;;) {
      if (pos_ == end_) {
        end_ = std::fread(buf_.data(), 1, buf_.size(), f_);
        pos_ = 0;
        if (end_ == 0) return any;
      }
      any = true;
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      const std::size_t n = nl ? static_cast<const char*>(nl) - start : end_ - pos_;
      if (line->size() < limit_) line->append(start, std::min(n, limit_ - line->size()));
      pos_ += n;
      if (nl) {
        ++pos_;
        return true;
      }
    }
  }

  bool failed() const { return std::ferror(f_) != 0; }

 private:
  std::FILE* f_;
  std::size_t limit_;
  std::vector<char> buf_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
};

// A window of consecutive lines, numbered from 0: read by the main thread,
// summarized by the workers in any order, written in input order by the
// writer. A line's slot is reused only once the line has been written.
class Window {
 public:
  explicit Window(std::size_t size) : slots_(size) {}

  // Blocks until a slot is free; false once the output has failed.
  bool Put(std::string line) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return read_ - written_ < slots_.size() || stop_; });
    if (stop_) return false;
    Slot& s = slots_[read_ % slots_.size()];
    s.line = std::move(line);
    s.done = false;
    ++read_;
    cv_.notify_all();
    return true;
  }

  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    cv_.notify_all();
  }

  // A worker's loop: summarizes lines until the input is closed and taken.
  void Work(const precis::Options& defaults) {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return taken_ < read_ || closed_ || stop_; });
      if (stop_ || taken_ == read_) return;
      const std::size_t n = taken_++;
      std::string line = std::move(slots_[n % slots_.size()].line);
      lock.unlock();
      bool ok = false;
      std::string out = SummarizeJsonlLine(line, defaults, &ok);
      lock.lock();
      Slot& s = slots_[n % slots_.size()];
      s.out = std::move(out);
      s.ok = ok;
      s.done = true;
      cv_.notify_all();
    }
  }

  // The writer's loop: `write` each result in order; false stops the run.
  template <typename Write>
  void Drain(Write write) {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] {
        return (written_ < read_ && slots_[written_ % slots_.size()].done) ||
               (closed_ && written_ == read_);
      });
      if (written_ == read_) return;
      Slot& s = slots_[written_ % slots_.size()];
      std::string out = std::move(s.out);
      const bool ok = s.ok;
      lock.unlock();
      const bool go_on = write(out, ok);
      lock.lock();
      ++written_;
      cv_.notify_all();
      if (!go_on) {
        stop_ = true;
        return;
      }
    }
  }

 private:
  struct Slot {
    std::string line;
    std::string out;
    bool ok = false;
    bool done = false;
  };
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Slot> slots_;
  std::size_t read_ = 0;     // lines put
  std::size_t taken_ = 0;    // lines taken by a worker
  std::size_t written_ = 0;  // lines written
  bool closed_ = false;      // no more lines
  bool stop_ = false;        // the output failed
};

// Counts and, for a long run, progress lines on standard error: on a
// terminal a line rewritten every half second, otherwise one every 10 s.
class Progress {
 public:
  explicit Progress(bool quiet) : quiet_(quiet), tty_(isatty(STDERR_FILENO) != 0) {}

  void Line(bool ok) {
    ++lines_;
    if (!ok) ++errors_;
    if (quiet_) return;
    const auto now = Clock::now();
    if (now - start_ < std::chrono::seconds(2)) return;
    if (now - last_ < (tty_ ? std::chrono::milliseconds(500) : std::chrono::seconds(10))) return;
    last_ = now;
    Print(tty_ ? "\r" : "\n");
    shown_ = true;
  }

  void Finish() {
    if (quiet_ || Clock::now() - start_ < std::chrono::seconds(2)) return;
    if (tty_ && shown_) std::fputs("\r", stderr);
    Print("\n");
  }

  std::size_t errors() const { return errors_; }

 private:
  void Print(const char* end) const {
    const double s = std::chrono::duration<double>(Clock::now() - start_).count();
    std::fprintf(stderr, "precis: %zu lines (%zu failed) in %.1f s, %.1f lines/s%s", lines_,
                 errors_, s, s > 0 ? static_cast<double>(lines_) / s : 0.0,
                 end[0] == '\r' ? "   " : "");
    if (end[0] == '\n') std::fputs("\n", stderr);
    std::fflush(stderr);
  }

  bool quiet_;
  bool tty_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = start_;
  std::size_t lines_ = 0;
  std::size_t errors_ = 0;
  bool shown_ = false;
};

}  // namespace

int AvailableCores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  const unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? static_cast<int>(n) : 1;
}

int RunJsonl(const BatchArgs& args) {
  const bool is_stdin = args.file.empty() || args.file == "-";
  std::FILE* in = is_stdin ? stdin : std::fopen(args.file.c_str(), "rb");
  if (in == nullptr) {
    std::fprintf(stderr, "precis: error: cannot open '%s': %s\n", args.file.c_str(),
                 std::strerror(errno));
    return 1;
  }
  const int jobs = args.jobs > 0 ? args.jobs : AvailableCores();
  Window window(static_cast<std::size_t>(jobs) * 4);
  Progress progress(args.quiet);
  bool write_failed = false;
  std::thread writer([&] {
    window.Drain([&](const std::string& out, bool ok) {
      if (!out.empty()) {
        progress.Line(ok);
        if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() ||
            std::fputc('\n', stdout) == EOF) {
          write_failed = true;
          return false;
        }
      }
      return true;
    });
  });
  std::vector<std::thread> workers;
  workers.reserve(static_cast<std::size_t>(jobs));
  for (int i = 0; i < jobs; ++i) workers.emplace_back([&] { window.Work(args.defaults); });

  LineReader reader(in, kMaxJsonlLineBytes + 1);
  std::string line;
  while (reader.Next(&line) && window.Put(std::move(line))) {
  }
  const bool read_failed = reader.failed();
  window.Close();
  for (std::thread& t : workers) t.join();
  writer.join();
  if (!is_stdin) std::fclose(in);
  progress.Finish();
  if (std::fflush(stdout) != 0) write_failed = true;
  if (write_failed) {
    std::fprintf(stderr, "precis: error: cannot write the output\n");
    return 1;
  }
  if (read_failed) {
    std::fprintf(stderr, "precis: error: cannot read %s\n",
                 is_stdin ? "standard input" : ("'" + args.file + "'").c_str());
    return 1;
  }
  return progress.errors() > 0 ? 1 : 0;
}

}  // namespace precis_cli
