/** Union-find over string keys that also lists each set's members. */
export class DisjointSets {
  private readonly parent = new Map<string, string>();
  private readonly membersOf = new Map<string, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      this.parent.set(key, key);
      this.membersOf.set(key, [key]);
    }
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }

  find(key: string): string {
    let root = key;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = key;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** The members of the set holding key. */
  members(key: string): string[] {
    return this.membersOf.get(this.find(key))!;
  }

  union(a: string, b: string): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.membersOf.get(rootA)!.length < this.membersOf.get(rootB)!.length) [rootA, rootB] = [rootB, rootA];
    this.parent.set(rootB, rootA);
    // One by one: a spread passes each member as an argument, and a set can outgrow the stack's limit.
    const members = this.membersOf.get(rootA)!;
    for (const member of this.membersOf.get(rootB)!) members.push(member);
    this.membersOf.delete(rootB);
  }

  /** Every set, as a list of keys. */
  groups(): string[][] {
    return [...this.membersOf.values()];
  }
}
