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

// The platform page's charts (Apache ECharts): each family's key figures, with the gap rule's threshold dashed and,
// where the server sends one, the band of the middle half of the platform's tier with its median dotted.
document.addEventListener('DOMContentLoaded', () => {
  const charts = window.prrCharts;
  if (!charts || !window.echarts) return;
  const { data, labels } = charts;
  const draw = (id, chart, names, type) => {
    const element = document.getElementById(id);
    if (!chart.periods.length) { element.textContent = labels.none; element.classList.add('empty'); return; }
    const series = chart.series.map((values, i) => ({ name: names[i], type, data: values, showSymbol: false }));
    if (chart.threshold != null) {
      series.push({ name: labels.threshold, type: 'line', data: chart.periods.map(() => chart.threshold),
        showSymbol: false, lineStyle: { type: 'dashed', color: '#b42318' }, itemStyle: { color: '#b42318' } });
    }
    const band = chart.band;
    if (band) {
      // The band is the low quartile stacked with the width up to the high one; the tooltip names low and high.
      series.push({ id: 'band-low', name: labels.band, type: 'line', data: band.low, stack: 'band', silent: true,
        showSymbol: false, lineStyle: { opacity: 0 } });
      series.push({ id: 'band-width', name: labels.band, type: 'line', stack: 'band', silent: true, showSymbol: false,
        data: band.high.map((high, i) => (high == null || band.low[i] == null ? null : high - band.low[i])),
        lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(31, 95, 170, 0.15)' }, itemStyle: { color: '#9db8dc' } });
      series.push({ name: labels.median, type: 'line', data: band.median, showSymbol: false,
        lineStyle: { type: 'dotted', color: '#1f5faa' }, itemStyle: { color: '#1f5faa' } });
    }
    const value = (v) => (v == null ? '–' : v);
    const tooltip = (points) => [points[0].axisValue].concat(points
      .filter((p) => p.seriesId !== 'band-low')
      .map((p) => p.seriesId === 'band-width'
        ? `${p.marker}${p.seriesName}: ${value(band.low[p.dataIndex])} – ${value(band.high[p.dataIndex])}`
        : `${p.marker}${p.seriesName}: ${value(p.value)}`)).join('<br>');
    window.echarts.init(element).setOption({
      animation: false, grid: { left: 56, right: 16, top: band ? 56 : 32, bottom: 28 },
      tooltip: { trigger: 'axis', formatter: tooltip }, legend: { top: 0 },
      xAxis: { type: 'category', data: chart.periods }, yAxis: { type: 'value', scale: true }, series
    });
  };
  draw('chart-complaints', data.complaints, [labels.received, labels.handled], 'line');
  draw('chart-slaShare', data.slaShare, [labels.slaShare], 'line');
  draw('chart-takedowns', data.takedowns, [labels.takedowns], 'bar');
  draw('chart-reviewers', data.reviewers, [labels.reviewers], 'bar');
});
