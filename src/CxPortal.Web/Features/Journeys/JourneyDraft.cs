namespace CxPortal.Web.Features.Journeys;

/// <summary>
/// A journey being edited in the builder: its fields and its ordered steps (touchpoint codes). The
/// edits keep each touchpoint once, as the service requires; saving sends <see cref="ToInput"/>.
/// </summary>
public sealed class JourneyDraft
{
    private readonly List<string> _steps;

    public JourneyDraft(JourneyDetails journey)
    {
        Code = journey.Code;
        Name = journey.Name;
        Description = journey.Description;
        _steps = [.. journey.Steps];
    }

    public string Code { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
    public IReadOnlyList<string> Steps => _steps;

    /// <summary>Appends a touchpoint; false when it is already a step.</summary>
    public bool Add(string touchpoint)
    {
        if (_steps.Contains(touchpoint, StringComparer.Ordinal))
        {
            return false;
        }
        _steps.Add(touchpoint);
        return true;
    }

    /// <summary>Swaps the step at <paramref name="index"/> with the one before it; the first step stays.</summary>
    public void MoveUp(int index)
    {
        if (index > 0 && index < _steps.Count)
        {
            (_steps[index - 1], _steps[index]) = (_steps[index], _steps[index - 1]);
        }
    }

    /// <summary>Swaps the step at <paramref name="index"/> with the one after it; the last step stays.</summary>
    public void MoveDown(int index) => MoveUp(index + 1);

    public void RemoveAt(int index)
    {
        if (index >= 0 && index < _steps.Count)
        {
            _steps.RemoveAt(index);
        }
    }

    public JourneyInput ToInput() => new() { Code = Code, Name = Name, Description = Description, Steps = [.. _steps] };
}
