using AzerbaijanSyria.Relations;

var result = DatasetBuilder.Build(args.Length > 1 ? args[1] : "dataset/azerbaijan-syria.db");
Console.WriteLine($"{result.Path} {result.Sha256}");
foreach (var (t, n) in result.TableCounts) Console.WriteLine($"{t} {n}");
