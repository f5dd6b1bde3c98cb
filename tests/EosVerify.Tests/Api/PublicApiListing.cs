using System.Reflection;
using System.Runtime.CompilerServices;

namespace EosVerify.Tests.Api;

/// <summary>
/// The public surface of an assembly as sorted lines: one per exported type (its kind and full name), then one per
/// public or protected member declared on it (its signature with full type names). A member inherited from a base
/// type is listed on the base. Compiler-generated members of records (EqualityContract, &lt;Clone&gt;$) are skipped.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
                                          BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Of(Assembly assembly) =>
        assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(Lines)
            .ToList();

    /// <summary>The type's line, then its members' lines in ordinal order.</summary>
    public static IEnumerable<string> Lines(Type t) => new[] { TypeLine(t) }.Concat(Members(t).Order(StringComparer.Ordinal));

    public static int TypeCount(Assembly assembly) => assembly.GetExportedTypes().Length;

    private static string TypeLine(Type t) => $"{Kind(t)} {Name(t)}" + Bases(t);

    private static string Kind(Type t) =>
        t.IsEnum ? "enum"
        : t.IsInterface ? "interface"
        : t.IsValueType ? (t.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
        : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
        : t.IsAbstract && t.IsSealed ? "static class"
        : (t.IsSealed ? "sealed " : t.IsAbstract ? "abstract " : "") + (t.GetMethod("<Clone>$") is not null ? "record" : "class");

    private static string Bases(Type t)
    {
        if (t.IsEnum) return "";
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) bases.Add(Name(b));
        bases.AddRange(t.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static IEnumerable<string> Members(Type t)
    {
        string owner = "  " + Name(t) + ".";
        if (t.IsEnum)
        {
            foreach (var f in t.GetFields(BindingFlags.Public | BindingFlags.Static))
                yield return owner + f.Name + " = " + Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture);
            yield break;
        }
        foreach (var m in t.GetMembers(Declared))
        {
            if (!Visible(m) || m.Name is "EqualityContract" or "<Clone>$") continue;
            switch (m)
            {
                case ConstructorInfo c:
                    yield return $"{owner}{Access(c)}ctor({Parameters(c)})";
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    string generic = method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
                    yield return $"{owner}{Access(method)}{Name(method.ReturnType)} {method.Name}{generic}({Parameters(method)})";
                    break;
                case PropertyInfo p:
                    var accessors = new[] { p.GetMethod, p.SetMethod }.Where(a => a is not null && Visible(a))
                        .Select(a => a == p.GetMethod ? "get;" : IsInitOnly(a!) ? "init;" : "set;");
                    string indexer = p.GetIndexParameters() is { Length: > 0 } ps ? "[" + string.Join(", ", ps.Select(Parameter)) + "]" : "";
                    var accessor = p.GetMethod ?? p.SetMethod!;
                    yield return $"{owner}{Access(accessor)}{Name(p.PropertyType)} {p.Name}{indexer} {{ {string.Join(" ", accessors)} }}";
                    break;
                case FieldInfo f:
                    string kind = f.IsLiteral ? "const " : (f.IsStatic ? "static " : "") + (f.IsInitOnly ? "readonly " : "");
                    yield return $"{owner}{(f.IsFamily || f.IsFamilyOrAssembly ? "protected " : "")}{kind}{Name(f.FieldType)} {f.Name}";
                    break;
                case EventInfo e:
                    yield return $"{owner}event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
                case Type nested when nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem:
                    break; // listed as a type of its own
            }
        }
    }

    private static bool Visible(MemberInfo m) => m switch
    {
        MethodBase b => b.IsPublic || b.IsFamily || b.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => new[] { p.GetMethod, p.SetMethod }.Any(a => a is not null && Visible(a)),
        EventInfo e => e.AddMethod is { } add && Visible(add),
        _ => false,
    };

    private static string Access(MethodBase m) =>
        (m.IsFamily || m.IsFamilyOrAssembly ? "protected " : "") + (m.IsStatic ? "static " : "") +
        (m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal && m is MethodInfo mi && mi.GetBaseDefinition() == mi && !m.DeclaringType!.IsInterface ? "virtual " : "") +
        (m is MethodInfo o && o.GetBaseDefinition() != o ? "override " : "");

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        string prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "";
        string type = Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType);
        string value = p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string s ? $"\"{s}\"" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : "";
        return $"{prefix}{type} {p.Name}{value}";
    }

    private static string Name(Type t)
    {
        if (t.IsGenericParameter) return t.Name;
        if (t.IsArray) return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        if (Nullable.GetUnderlyingType(t) is { } inner) return Name(inner) + "?";
        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : t.Namespace + "." + t.Name;
        if (!t.IsGenericType) return name;
        int tick = name.LastIndexOf('`');
        if (tick >= 0) name = name[..tick];
        if (t.IsConstructedGenericType && t.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true)
            return "(" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ")";
        return name + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
    }
}
