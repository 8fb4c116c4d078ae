//! Large weight arrays backed by transparent huge pages where the OS
//! offers them: random lookups into a table of many megabytes otherwise
//! spend much of their time on TLB misses.

/// Size of a huge page on x86_64 and aarch64 Linux.
#[cfg(target_os = "linux")]
const HUGE_PAGE: usize = 2 << 20;

/// A vector of `len` copies of `value` whose memory is, as far as it is
/// huge-page aligned, advised to be backed by huge pages.
pub fn filled<T: Clone>(len: usize, value: T) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(len);
    advise_huge(&v);
    v.resize(len, value);
    v
}

/// Copies `items` into a new vector allocated like [`filled`]'s.
pub fn copied<T: Clone>(items: &[T]) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(items.len());
    advise_huge(&v);
    v.extend_from_slice(items);
    v
}

#[cfg(target_os = "linux")]
fn advise_huge<T>(v: &Vec<T>) {
    let bytes = v.capacity() * std::mem::size_of::<T>();
    if bytes < 2 * HUGE_PAGE {
        return;
    }
    let start = v.as_ptr() as usize;
    let aligned = start.next_multiple_of(HUGE_PAGE);
    let end = (start + bytes) / HUGE_PAGE * HUGE_PAGE;
    if end > aligned {
        // SAFETY: the range lies inside the vector's own allocation, and
        // MADV_HUGEPAGE only changes how the kernel backs those pages,
        // never their contents; a failure is harmless and ignored.
        unsafe {
            libc::madvise(aligned as *mut libc::c_void, end - aligned, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge<T>(_v: &Vec<T>) {}

#[cfg(test)]
mod tests {
    #[test]
    fn filled_and_copied_hold_their_values() {
        let v = super::filled(3 << 20, 7u16);
        assert_eq!(v.len(), 3 << 20);
        assert!(v.iter().all(|&x| x == 7));
        let c = super::copied(&v[..10]);
        assert_eq!(c, vec![7u16; 10]);
    }
}
