using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>
/// The query benchmarks' floor, the floor's command with the library's parser, and the library, timed
/// in turn rather than one after the other, for a shared machine: a ratio of two BenchmarkDotNet rows
/// timed a minute apart measures the drift of the machine's load as much as the code. Each round times
/// a batch of calls of each way, in an order that rotates from round to round, and takes the ratio of
/// each way's batch to the floor's batch of the same round; the report is the median of those ratios
/// with their interquartile range (the middle half of the rounds). Each batch is timed twice: by the
/// wall clock, and by the CPU time of the calling thread (Linux's CLOCK_THREAD_CPUTIME_ID), which leaves
/// out the time the thread waited for a core while other processes ran, the largest noise on a loaded
/// machine (the queries run on the calling thread: Microsoft.Data.Sqlite reads synchronously). Run with
/// <c>-- paired [rounds]</c>; AZSY_BENCH_CASES picks cases, as for the BenchmarkDotNet runs.
/// </summary>
public static class PairedRuns
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static void Run(int rounds)
    {
        var ways = new (string Name, Func<QueryBenchmarks, object?> Call)[]
        {
            ("floor", b => b.Floor()),
            ("floor's command, library's parser", b => b.FloorParsed()),
            ("library", b => b.Library()),
        };
        Console.WriteLine($"paired runs: {rounds} rounds, load average {LoadAverage()} at the start");
        Console.WriteLine("| query | floor, CPU (wall) per call | parser ÷ floor, CPU (IQR) | library ÷ floor, CPU (IQR) | parser ÷ floor, wall (IQR) | library ÷ floor, wall (IQR) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var name in QueryBenchmarks.Cases())
        {
            var bench = new QueryBenchmarks { Case = name };
            bench.Setup();
            try
            {
                // Warm up (past the JIT's tiers), and size a batch to about 5 ms of CPU time of one way.
                var cpuStart = ThreadCpuMicroseconds();
                var calls = 0;
                while (ThreadCpuMicroseconds() - cpuStart < 1_000_000 || calls < 50)
                {
                    foreach (var way in ways)
                    {
                        way.Call(bench);
                    }

                    calls++;
                }

                var perCall = (ThreadCpuMicroseconds() - cpuStart) / (calls * ways.Length);
                var batch = Math.Max(1, (int)(5_000 / perCall));
                var cpu = ways.Select(_ => new List<double>()).ToArray();
                var wall = ways.Select(_ => new List<double>()).ToArray();
                for (var round = 0; round < rounds; round++)
                {
                    for (var k = 0; k < ways.Length; k++)
                    {
                        var w = (round + k) % ways.Length;
                        var cpu0 = ThreadCpuMicroseconds();
                        var wall0 = Stopwatch.GetTimestamp();
                        for (var i = 0; i < batch; i++)
                        {
                            ways[w].Call(bench);
                        }

                        wall[w].Add(Stopwatch.GetElapsedTime(wall0).TotalMicroseconds / batch);
                        cpu[w].Add((ThreadCpuMicroseconds() - cpu0) / batch);
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {Median(cpu[0]):#,0} µs ({Median(wall[0]):#,0} µs), batches of {batch} | {Ratio(cpu, 1)} | {Ratio(cpu, 2)} | {Ratio(wall, 1)} | {Ratio(wall, 2)} |"));
            }
            finally
            {
                bench.Cleanup();
            }
        }

        Console.WriteLine($"load average {LoadAverage()} at the end");
    }

    private static string Ratio(List<double>[] times, int way)
    {
        var ratios = times[way].Zip(times[0], (t, f) => t / f).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{Quantile(ratios, 0.5):0.00} ({Quantile(ratios, 0.25):0.00}-{Quantile(ratios, 0.75):0.00})");
    }

    private static double Median(List<double> values) => Quantile(values.Order().ToList(), 0.5);

    private static double Quantile(List<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    private static double ThreadCpuMicroseconds()
    {
        if (clock_gettime(ThreadCpuClock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: the paired runs need Linux.");
        }

        return (time.Seconds * 1e6) + (time.Nanoseconds / 1e3);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
