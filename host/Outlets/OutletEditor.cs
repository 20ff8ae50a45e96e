namespace BiasCompanion.Host.Outlets;

/// <summary>The user's hand-made changes: their own ratings (source "user", which override all others) and edits.</summary>
public sealed class OutletEditor(OutletRegistry registry, OutletUserStore store)
{
    /// <summary>Sets the user's rating of each given dimension; null leaves a dimension as it is.</summary>
    /// <returns>The outlet as now shown, or null when no outlet has this id.</returns>
    public Outlet? SetUserRatings(string outletId, BiasLabel? bias, Factuality? factuality)
    {
        if (registry.FindById(outletId) is null) return null;
        using (var connection = store.Open())
        using (var transaction = connection.BeginTransaction())
        {
            if (bias is { } b)
                store.UpsertRating(connection, transaction, outletId, RatingVocabulary.BiasDimension, RatingVocabulary.UserSource, b.ToString());
            if (factuality is { } f)
                store.UpsertRating(connection, transaction, outletId, RatingVocabulary.FactualityDimension, RatingVocabulary.UserSource, f.ToString());
            transaction.Commit();
        }
        registry.Reload();
        return registry.FindById(outletId);
    }

    /// <summary>Removes the user's own ratings, so the combined value of the other sources shows again.</summary>
    public Outlet? ClearUserRatings(string outletId)
    {
        if (registry.FindById(outletId) is null) return null;
        using (var connection = store.Open())
            store.DeleteRatings(connection, null, outletId, RatingVocabulary.UserSource);
        registry.Reload();
        return registry.FindById(outletId);
    }

    /// <summary>Stores edits to an outlet's facts (non-null fields win over the shipped file).</summary>
    public Outlet? Edit(string outletId, UserOutletRow edits)
    {
        if (registry.FindById(outletId) is null) return null;
        // An outlet the user added already has its row (is_new is kept on conflict); a shipped one gets an edits row.
        using (var connection = store.Open())
            store.UpsertEdits(connection, null, edits with { Id = outletId, IsNew = false });
        registry.Reload();
        return registry.FindById(outletId);
    }

    public OutletUserData Export() => store.Load();
}
