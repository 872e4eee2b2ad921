// Palabre: stand-in for ankerl::unordered_dense (used by mediasoup >= 3.21),
// which Debian does not package and mediasoup downloads at configure time.
// Aliases to the standard containers: same interface for what mediasoup uses
// (map, set, hash). Difference to keep in mind when reading worker behaviour:
// iteration order (unordered_dense iterates its dense vector in insertion
// order, minus erase swaps; std::unordered_* iterate by bucket).
#ifndef PALABRE_ANKERL_UNORDERED_DENSE_H
#define PALABRE_ANKERL_UNORDERED_DENSE_H

#include <functional>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace ankerl::unordered_dense
{
	template<typename T>
	using hash = std::hash<T>;

	template<
	  typename Key,
	  typename T,
	  typename Hash      = hash<Key>,
	  typename KeyEqual  = std::equal_to<Key>,
	  typename Allocator = std::allocator<std::pair<const Key, T>>>
	using map = std::unordered_map<Key, T, Hash, KeyEqual, Allocator>;

	template<
	  typename Key,
	  typename Hash      = hash<Key>,
	  typename KeyEqual  = std::equal_to<Key>,
	  typename Allocator = std::allocator<Key>>
	using set = std::unordered_set<Key, Hash, KeyEqual, Allocator>;
} // namespace ankerl::unordered_dense

#endif
