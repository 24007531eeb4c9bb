// Progressive enhancement: a link marked data-fragment="id" loads its page and puts that page's element with the same
// id in place of this page's, without leaving the page. Without JavaScript the link simply opens the page.
document.addEventListener('click', async (event) => {
  const link = event.target.closest('a[data-fragment]');
  if (!link) return;
  event.preventDefault();
  const id = link.dataset.fragment;
  const response = await fetch(link.href, { headers: { Accept: 'text/html' } });
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const fragment = page.getElementById(id);
  if (fragment) document.getElementById(id).replaceWith(document.adoptNode(fragment));
  else window.location.assign(link.href);
});
