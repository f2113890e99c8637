#include "app.hpp"

int main(int argc, char** argv) { return chainrisk::cli::run_cli(argc, argv); }
