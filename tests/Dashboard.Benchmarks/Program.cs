using BenchmarkDotNet.Running;

// Pick benchmarks on the command line, e.g. --filter '*Format*' --job short.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
