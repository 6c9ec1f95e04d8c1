using System.Linq.Expressions;
using System.Reflection;
using Dashboard.Core.Format;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Data;

/// <summary>
/// The Posts columns of the scores, one per <see cref="ScoreFields.All"/> entry: mapped as
/// indexer properties of <see cref="PostRecord"/> (see <c>PostRecordConfiguration</c>) and read
/// in queries through <see cref="EF.Property{TProperty}"/>, so a new score needs no code here.
/// </summary>
public static class ScoreColumns
{
    private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(int?));
    private static readonly MethodInfo ValuesMethod = typeof(ScoreColumns).GetMethod(nameof(ValuesOf))!;
    private static readonly ConstructorInfo ValuesConstructor = typeof(ScoreValues).GetConstructor([typeof(int?[])])!;

    /// <summary>The column's name: the score's name in Pascal case (<c>quality</c> is <c>Quality</c>).</summary>
    public static string Column(this ScoreField score) =>
        string.Concat(score.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The score's column of a post, for <c>Where</c>, <c>OrderBy</c> and <c>Select</c>.</summary>
    public static Expression<Func<PostRecord, int?>> Of(ScoreField score)
    {
        var post = Expression.Parameter(typeof(PostRecord), "p");
        return Expression.Lambda<Func<PostRecord, int?>>(Read(post, score), post);
    }

    /// <summary>
    /// Every score of <paramref name="post"/>, inside a query's projection passed through
    /// <see cref="Expand{T}"/>, which replaces it by the score columns before EF sees it.
    /// </summary>
    public static ScoreValues ValuesOf(PostRecord post) =>
        throw new InvalidOperationException($"{nameof(ValuesOf)} is only for a query expression passed through {nameof(ScoreColumns)}.{nameof(Expand)}.");

    /// <summary><paramref name="projection"/> with each <see cref="ValuesOf"/> replaced by the score columns.</summary>
    public static Expression<T> Expand<T>(Expression<T> projection) => (Expression<T>)new ValuesExpander().Visit(projection);

    private static MethodCallExpression Read(Expression post, ScoreField score) =>
        Expression.Call(PropertyMethod, post, Expression.Constant(score.Column()));

    private sealed class ValuesExpander : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == ValuesMethod
                ? Expression.New(ValuesConstructor, Expression.NewArrayInit(typeof(int?), ScoreFields.All.Select(s => Read(Visit(node.Arguments[0]), s))))
                : base.VisitMethodCall(node);
    }
}
