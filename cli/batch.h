// The CLI's --jsonl mode: a JSON Lines corpus summarized on every core.
#ifndef PRECIS_CLI_BATCH_H_
#define PRECIS_CLI_BATCH_H_

#include <string>

#include "precis/precis.h"

namespace precis_cli {

struct BatchArgs {
  std::string file;  // "" or "-": standard input
  int jobs = 0;      // threads; 0: one per core this process may use
  bool quiet = false;
  precis::Options defaults;  // for lines without "options"
};

// The cores this process may run on (at least 1).
int AvailableCores();

// Reads the corpus one line at a time and writes one envelope a line to
// standard output, in input order (see SummarizeJsonlLine), summarizing up
// to `jobs` lines at once. Lines are read as they are needed: at most a few
// per thread are held at a time. Progress goes to standard error when the
// run is long. Returns the exit status: 0 when every line succeeded, 1 when
// a line failed or the input or output failed.
int RunJsonl(const BatchArgs& args);

}  // namespace precis_cli

#endif  // PRECIS_CLI_BATCH_H_
