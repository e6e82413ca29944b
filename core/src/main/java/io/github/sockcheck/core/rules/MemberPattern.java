package io.github.sockcheck.core.rules;

/**
 * {@code owner#member}, where {@code owner} is a fully qualified type name, a simple name, or
 * {@code *}, and {@code member} is a method name or {@code *}. A bare {@code member} means {@code
 * *#member}.
 */
public record MemberPattern(String owner, String member) {

  public static MemberPattern parse(String text) {
    int hash = text.indexOf('#');
    return hash < 0
        ? new MemberPattern("*", text.trim())
        : new MemberPattern(text.substring(0, hash).trim(), text.substring(hash + 1).trim());
  }

  /** True when a call to {@code member} on {@code ownerFqn} matches this pattern. */
  public boolean matches(String ownerFqn, String memberName) {
    if (!member.equals("*") && !member.equals(memberName)) return false;
    if (owner.equals("*")) return true;
    if (ownerFqn == null) return false;
    if (owner.equals(ownerFqn)) return true;
    int cut = Math.max(ownerFqn.lastIndexOf('.'), ownerFqn.lastIndexOf('$'));
    return owner.indexOf('.') < 0 && owner.equals(ownerFqn.substring(cut + 1));
  }

  @Override
  public String toString() {
    return owner + "#" + member;
  }
}
