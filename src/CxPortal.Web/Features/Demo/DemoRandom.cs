namespace CxPortal.Web.Features.Demo;

/// <summary>A seeded generator: the same demo data on every machine and every start.</summary>
public sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double NextDouble() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>Standard normal draw (Box–Muller).</summary>
    public double Normal(double mean = 0, double sd = 1)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks an index with the given relative weights.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var roll = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }
        return weights.Count - 1;
    }
}
