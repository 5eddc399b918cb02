/// The web page served at `/`, generated from `Web/index.html` by `Tools/web/embed.py`; do not edit by hand.
enum WebPage {
    /// The page's HTML.
    static let html = #"""
        <!doctype html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light">
        <title>工作总结报告数据提取</title>
        <style>
        :root {
          --fg: #1b1f24;
          --fg-muted: #4a5561;
          --bg: #ffffff;
          --bg-soft: #f4f6f9;
          --line: #c9d1da;
          --accent: #0b57d0;
          --accent-dark: #083f98;
          --focus: #0b57d0;
          --danger: #b42318;
          --danger-bg: #fef3f2;
          --k-enterprise: #cfe5ff;   --k-enterprise-line: #1a5fb4;
          --k-organization: #e6dafc; --k-organization-line: #6b3fa0;
          --k-amount: #ffe8a3;       --k-amount-line: #8a5d00;
          --k-count: #c8efd2;        --k-count-line: #1a7f37;
          --k-percentage: #ffd9c4;   --k-percentage-line: #b54708;
          --k-date: #e2e6eb;         --k-date-line: #57606a;
          --k-fact: #fde3ef;         --k-fact-line: #a8326e;
        }
        *, *::before, *::after { box-sizing: border-box; }
        [hidden] { display: none !important; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0;
          color: var(--fg);
          background: var(--bg);
          font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC",
            "Microsoft YaHei", sans-serif;
        }
        :lang(zh) {
          font-family: "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC",
            system-ui, sans-serif;
        }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        button { font: inherit; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
        .visually-hidden {
          position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0;
        }
        .skip-link {
          position: absolute; left: 1rem; top: -3rem; background: var(--fg); color: #fff; padding: .5rem 1rem;
        }
        .skip-link:focus { top: 1rem; z-index: 10; }

        /* ---------- header ---------- */
        .site-header {
          display: flex; align-items: center; justify-content: space-between; gap: 1rem;
          padding: 1rem clamp(1rem, 3vw, 2rem); border-bottom: 1px solid var(--line); background: var(--bg-soft);
        }
        .site-header h1 { margin: 0; font-size: clamp(1.3rem, 2.4vw, 1.75rem); line-height: 1.3; }
        .site-header p { margin: .25rem 0 0; color: var(--fg-muted); font-size: .95rem; }
        .btn {
          display: inline-flex; align-items: center; gap: .4em; min-height: 2.5rem; padding: .4rem 1rem;
          border: 1px solid var(--accent); border-radius: .4rem; background: var(--bg); color: var(--accent-dark);
          cursor: pointer; font-weight: 600; white-space: nowrap;
        }
        .btn:hover { background: #e8f0fe; }
        .btn-primary { background: var(--accent); color: #fff; }
        .btn-primary:hover { background: var(--accent-dark); }
        .btn:focus-visible { box-shadow: 0 0 0 2px #fff; }

        main { padding: 1rem clamp(1rem, 3vw, 2rem) 3rem; max-width: 1600px; margin: 0 auto; }
        h2 { font-size: 1.3rem; margin: 1.25rem 0 .75rem; }
        h3 { font-size: 1.08rem; margin: 1.5rem 0 .5rem; }
        h4 { font-size: .98rem; margin: .9rem 0 .35rem; color: var(--fg-muted); }

        /* ---------- upload ---------- */
        .upload { display: grid; gap: .75rem; max-width: 52rem; }
        #drop-zone {
          display: flex; flex-direction: column; align-items: center; justify-content: center; gap: .25rem;
          min-height: 9rem; padding: 1.25rem; text-align: center; cursor: pointer;
          border: 2px dashed #6e7b88; border-radius: .75rem; background: var(--bg-soft);
          transition: background-color .15s, border-color .15s;
        }
        #drop-zone:hover, #drop-zone.dragover { border-color: var(--accent); background: #e8f0fe; }
        #drop-zone:focus-visible { outline-offset: 3px; }
        #drop-zone .dz-title { font-size: 1.1rem; font-weight: 600; }
        #drop-zone .dz-hint { color: var(--fg-muted); font-size: .95rem; }
        #drop-zone .dz-icon { width: 2.5rem; height: 2.5rem; color: var(--accent); }
        #drop-zone[aria-busy="true"] { cursor: progress; border-style: solid; }
        body:not([data-state="idle"]) #drop-zone {
          min-height: 4.5rem; flex-direction: row; flex-wrap: wrap; gap: .25rem .75rem;
        }
        body:not([data-state="idle"]) #drop-zone .dz-icon { width: 1.75rem; height: 1.75rem; }
        body:not([data-state="idle"]) #drop-zone .spinner { width: 1.6rem; height: 1.6rem; border-width: 3px; }
        .spinner {
          display: none; width: 2.25rem; height: 2.25rem; border-radius: 50%;
          border: 4px solid #c3d3ee; border-top-color: var(--accent); animation: spin .9s linear infinite;
        }
        #drop-zone[aria-busy="true"] .spinner { display: block; }
        #drop-zone[aria-busy="true"] .dz-icon { display: none; }
        @keyframes spin { to { transform: rotate(360deg); } }
        .file-row { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
        .file-row label { font-weight: 600; }
        #file-input { font: inherit; max-width: 100%; }
        #file-input::file-selector-button {
          font: inherit; margin-right: .75rem; padding: .35rem .9rem; border: 1px solid var(--accent);
          border-radius: .4rem; background: var(--bg); color: var(--accent-dark); cursor: pointer;
        }
        #status { min-height: 1.6em; color: var(--fg-muted); margin: 0; }
        #error {
          border: 2px solid var(--danger); border-left-width: .5rem; border-radius: .5rem;
          background: var(--danger-bg); padding: .75rem 1rem; max-width: 52rem;
        }
        #error p { margin: .2rem 0; }
        #error .error-title { color: var(--danger); font-weight: 700; font-size: 1.05rem; }
        #error code { background: #fff; border: 1px solid #f1b8b3; border-radius: .25rem; padding: 0 .35em; }

        /* ---------- results ---------- */
        .results-top { display: flex; flex-wrap: wrap; align-items: flex-start; gap: .75rem 1.5rem; }
        #summary { margin: 0; flex: 1 1 30rem; font-size: 1.02rem; }
        #summary .file-name { font-weight: 700; }
        #summary .count { font-variant-numeric: tabular-nums; font-weight: 700; }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .75rem 0 0; padding: 0; list-style: none; }
        .legend button {
          display: inline-flex; align-items: center; gap: .4em; padding: .15rem .6rem; min-height: 2rem;
          border: 1px solid var(--line); border-radius: 1rem; background: var(--bg); color: var(--fg); cursor: pointer;
        }
        .legend button[aria-pressed="false"] { color: var(--fg-muted); text-decoration: line-through; }
        .legend button[aria-pressed="false"] .swatch { opacity: .25; }
        .swatch { display: inline-block; width: 1em; height: 1em; border-radius: .2em; border-bottom: 3px solid; }
        .legend-note { color: var(--fg-muted); font-size: .88rem; margin: .35rem 0 0; }
        details.source { margin-top: .75rem; font-size: .92rem; }
        details.source summary { cursor: pointer; color: var(--accent-dark); font-weight: 600; }
        details.source dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
        details.source dt { color: var(--fg-muted); }
        details.source dd { margin: 0; overflow-wrap: anywhere; }

        .layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; margin-top: .5rem; }
        @media (min-width: 1100px) {
          .layout { grid-template-columns: minmax(0, 11fr) minmax(0, 10fr); align-items: start; }
          .doc-pane { position: sticky; top: .75rem; }
          #document-text { max-height: calc(100vh - 5.5rem); overflow: auto; }
        }

        table.findings { width: 100%; border-collapse: collapse; font-size: .93rem; }
        table.findings th, table.findings td {
          padding: .35rem .5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top;
        }
        table.findings thead th { background: var(--bg-soft); font-weight: 600; border-bottom: 2px solid #8c99a6; }
        table.findings tbody tr { cursor: pointer; }
        table.findings tbody tr:hover { background: #f1f5fb; }
        table.findings tbody tr.selected { background: #e3edff; }
        table.findings td.num, table.findings th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.findings td.num, table.findings td.nowrap, table.findings th { white-space: nowrap; }
        table.findings td.section { color: var(--fg-muted); font-size: .86rem; min-width: 8em; }
        .row-btn {
          padding: 0; border: 0; background: none; color: var(--accent-dark); cursor: pointer; text-align: left;
          text-decoration: underline; text-decoration-style: dotted; text-underline-offset: .2em; font-weight: 600;
          border-radius: .15rem;
        }
        .row-btn:hover { text-decoration-style: solid; }
        .row-btn .swatch {
          width: .75em; height: .75em; margin-right: .4em; border-bottom-width: 2px; vertical-align: -.05em;
        }
        table.findings td:first-child { min-width: 7em; }
        .story-tag { display: inline-block; font-size: .8rem; padding: 0 .35em; border-radius: .25rem;
          background: #fff4d6; color: #6b4a00; border: 1px solid #e0c27a; margin-right: .3em; }
        .empty-note { color: var(--fg-muted); margin: .25rem 0 0; font-style: italic; }
        .yes { color: #116329; font-weight: 600; }
        .no { color: var(--danger); font-weight: 600; }
        #warnings { margin: 0; padding-left: 1.25rem; font-size: .92rem; }
        #warnings li { margin: .2rem 0; }

        /* ---------- document ---------- */
        .doc-pane h2 { margin-top: 0; }
        #document-text {
          border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; background: #fff;
          line-height: 1.85; scroll-padding: 3rem;
        }
        #document-text .para { margin: 0 0 .55rem; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
        #document-text .para.empty { min-height: .6em; margin: 0; }
        #document-text .doc-h { font-weight: 700; line-height: 1.5; margin: 1rem 0 .5rem; }
        #document-text .doc-h1 { font-size: 1.2rem; }
        #document-text .doc-h2 { font-size: 1.08rem; }
        #document-text .doc-h3, #document-text .doc-h4 { font-size: 1rem; }
        #document-text .doc-title { font-size: 1.3rem; text-align: center; margin-bottom: 1rem; }
        #document-text .list-label { font-weight: 600; }
        #document-text .list-label.sep-space { margin-right: .5em; }
        #document-text .list-label.sep-tab { margin-right: 1em; }
        #document-text table.doc-table {
          border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; font-size: .93rem;
        }
        #document-text table.doc-table td { border: 1px solid #8c99a6; padding: .3rem .45rem; vertical-align: top; }
        #document-text table.doc-table .para { margin: 0; }
        #document-text table.doc-table .para + .para { margin-top: .3rem; }
        .doc-note { color: var(--fg-muted); font-style: italic; }

        mark.finding {
          color: inherit; padding: 0 .08em; border-radius: .18em; border-bottom: 2px solid transparent;
          -webkit-box-decoration-break: clone; box-decoration-break: clone;
        }
        mark.finding[data-kind="enterprise"] {
          background: var(--k-enterprise); border-bottom-color: var(--k-enterprise-line);
        }
        mark.finding[data-kind="organization"] {
          background: var(--k-organization); border-bottom-color: var(--k-organization-line);
        }
        mark.finding[data-kind="amount"] { background: var(--k-amount); border-bottom-color: var(--k-amount-line); }
        mark.finding[data-kind="count"] { background: var(--k-count); border-bottom-color: var(--k-count-line); }
        mark.finding[data-kind="percentage"] {
          background: var(--k-percentage); border-bottom-color: var(--k-percentage-line);
        }
        mark.finding[data-kind="date"] { background: var(--k-date); border-bottom-color: var(--k-date-line); }
        mark.finding[data-kind="fact"] {
          background: var(--k-fact); border-bottom: 2px dashed var(--k-fact-line); padding: .1em .08em;
        }
        .swatch.k-enterprise { background: var(--k-enterprise); border-color: var(--k-enterprise-line); }
        .swatch.k-organization {
          background: var(--k-organization); border-color: var(--k-organization-line);
        }
        .swatch.k-amount { background: var(--k-amount); border-color: var(--k-amount-line); }
        .swatch.k-count { background: var(--k-count); border-color: var(--k-count-line); }
        .swatch.k-percentage { background: var(--k-percentage); border-color: var(--k-percentage-line); }
        .swatch.k-date { background: var(--k-date); border-color: var(--k-date-line); }
        .swatch.k-fact { background: var(--k-fact); border-color: var(--k-fact-line); }
        #document-text.hide-enterprise mark[data-kind="enterprise"],
        #document-text.hide-organization mark[data-kind="organization"],
        #document-text.hide-amount mark[data-kind="amount"],
        #document-text.hide-count mark[data-kind="count"],
        #document-text.hide-percentage mark[data-kind="percentage"],
        #document-text.hide-date mark[data-kind="date"],
        #document-text.hide-fact mark[data-kind="fact"] { background: transparent; border-bottom-color: transparent; }

        @keyframes finding-flash {
          0%, 45% { background-color: #ffd400; box-shadow: 0 0 0 3px #c4161c; }
          100% { box-shadow: 0 0 0 3px rgba(196, 22, 28, 0); }
        }
        mark.finding.flash { animation: finding-flash 1.8s ease-out 1; }
        @media (prefers-reduced-motion: reduce) {
          html:focus-within { scroll-behavior: auto; }
          .spinner { animation: none; border-top-color: var(--accent); }
          mark.finding.flash { animation: none; box-shadow: 0 0 0 3px #c4161c; }
          #drop-zone { transition: none; }
        }
        @media (forced-colors: active) {
          mark.finding { border-bottom: 2px solid Highlight; }
          mark.finding.flash { outline: 3px solid Highlight; }
        }
        @media print {
          .site-header button, .upload, #download-json, .legend { display: none; }
          #document-text { max-height: none !important; overflow: visible !important; }
        }
        </style>
        </head>
        <body data-state="idle">
        <a class="skip-link" href="#main" data-i18n="skip">跳到主要内容</a>
        <header class="site-header">
          <div>
            <h1 data-i18n="title">工作总结报告数据提取</h1>
            <p data-i18n="subtitle">上传工作总结报告（.docx），提取其中的企业、机构、金额、数量、百分比和日期，并在原文中标出。</p>
          </div>
          <button type="button" id="lang-switch" class="btn" lang="en">English</button>
        </header>

        <main id="main" tabindex="-1">
          <section class="upload" aria-labelledby="upload-heading">
            <h2 id="upload-heading" data-i18n="uploadHeading">选择文档</h2>
            <div id="drop-zone" role="button" tabindex="0" aria-describedby="drop-hint" aria-busy="false">
              <svg class="dz-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M19 13v6H5v-6H3v6a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-6h-2z
                  M11 5.83V16h2V5.83l3.59 3.58L18 8l-6-6-6 6 1.41 1.41L11 5.83z"/>
              </svg>
              <span class="spinner" aria-hidden="true"></span>
              <span class="dz-title" id="drop-title" data-i18n="dropTitle">将 .docx 文件拖放到这里</span>
              <span class="dz-hint" id="drop-hint" data-i18n="dropHint">或点击此处（或按 Enter 键）选择文件</span>
            </div>
            <div class="file-row">
              <label for="file-input" data-i18n="fileLabel">选择 .docx 文件：</label>
              <input type="file" id="file-input" aria-describedby="privacy-note"
                accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
            </div>
            <p class="legend-note" id="privacy-note" data-i18n="privacy">文件只上传到本服务进行提取，不会发往其他网站。</p>
            <p id="status" role="status" aria-live="polite"></p>
            <div id="error" role="alert" hidden></div>
          </section>

          <section id="results" aria-labelledby="results-heading" hidden>
            <h2 id="results-heading" data-i18n="resultsHeading">提取结果</h2>
            <div class="results-top">
              <p id="summary"></p>
              <button type="button" id="download-json" class="btn btn-primary">
                <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path fill="currentColor" d="M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z"/>
                </svg>
                <span data-i18n="download">下载 JSON</span>
              </button>
            </div>
            <div role="group" aria-labelledby="legend-label">
              <p class="legend-note" id="legend-label" data-i18n="legendLabel">高亮图例（点击可在正文中隐藏或显示该类）：</p>
              <ul class="legend" id="legend"></ul>
            </div>
            <details class="source" id="source-details">
              <summary data-i18n="sourceDetails">文件信息与文档属性</summary>
              <dl id="source-list"></dl>
            </details>

            <div class="layout">
              <div class="findings-pane">
                <h3 id="h-enterprises" data-i18n="hEnterprises">企业</h3>
                <table class="findings" id="table-enterprises" aria-labelledby="h-enterprises">
                  <thead><tr>
                    <th scope="col" data-i18n="colName">名称</th>
                    <th scope="col" data-i18n="colAliases">简称</th>
                    <th scope="col" data-i18n="colEvidence">依据</th>
                    <th scope="col" class="num" data-i18n="colMentions">提及次数</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>

                <h3 id="h-organizations" data-i18n="hOrganizations">机构</h3>
                <table class="findings" id="table-organizations" aria-labelledby="h-organizations">
                  <thead><tr>
                    <th scope="col" data-i18n="colName">名称</th>
                    <th scope="col" data-i18n="colKind">类别</th>
                    <th scope="col" class="num" data-i18n="colMentions">提及次数</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>

                <h3 id="h-amounts" data-i18n="hAmounts">金额</h3>
                <table class="findings" id="table-amounts" aria-labelledby="h-amounts">
                  <thead><tr>
                    <th scope="col" data-i18n="colText">原文</th>
                    <th scope="col" class="num" data-i18n="colAmount">金额</th>
                    <th scope="col" class="num" data-i18n="colRange">范围</th>
                    <th scope="col" data-i18n="colQualifier">限定</th>
                    <th scope="col" data-i18n="colSection">章节</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>

                <h3 id="h-counts" data-i18n="hCounts">数量</h3>
                <table class="findings" id="table-counts" aria-labelledby="h-counts">
                  <thead><tr>
                    <th scope="col" data-i18n="colText">原文</th>
                    <th scope="col" class="num" data-i18n="colValue">数值</th>
                    <th scope="col" data-i18n="colUnit">单位</th>
                    <th scope="col" data-i18n="colSubject">对象</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>

                <h3 id="h-percentages" data-i18n="hPercentages">百分比</h3>
                <table class="findings" id="table-percentages" aria-labelledby="h-percentages">
                  <thead><tr>
                    <th scope="col" data-i18n="colText">原文</th>
                    <th scope="col" class="num" data-i18n="colValue">数值</th>
                    <th scope="col" data-i18n="colSection">章节</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>

                <h3 id="h-dates" data-i18n="hDates">日期</h3>
                <table class="findings" id="table-dates" aria-labelledby="h-dates">
                  <thead><tr>
                    <th scope="col" data-i18n="colText">原文</th>
                    <th scope="col" data-i18n="colDate">日期</th>
                    <th scope="col" data-i18n="colPeriod">时段</th>
                    <th scope="col" data-i18n="colSection">章节</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>

                <h3 id="h-facts" data-i18n="hFacts">事实</h3>
                <h4 id="h-fact-counts" data-i18n="hFactCounts">企业数量与名单</h4>
                <table class="findings" id="table-facts" aria-labelledby="h-fact-counts">
                  <thead><tr>
                    <th scope="col" data-i18n="colCategory">类别</th>
                    <th scope="col" class="num" data-i18n="colCount">数量</th>
                    <th scope="col" data-i18n="colListed">列出的企业</th>
                    <th scope="col" data-i18n="colComplete">名单完整</th>
                    <th scope="col" data-i18n="colConsistent">数量一致</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>
                <h4 id="h-purposes" data-i18n="hPurposes">资金用途</h4>
                <table class="findings" id="table-amount-purposes" aria-labelledby="h-purposes">
                  <thead><tr>
                    <th scope="col" data-i18n="colPurpose">资金用途</th>
                    <th scope="col" class="num" data-i18n="colAmount">金额</th>
                    <th scope="col" data-i18n="colSection">章节</th>
                  </tr></thead>
                  <tbody></tbody>
                </table>

                <h3 id="h-warnings" data-i18n="hWarnings">警告</h3>
                <ul id="warnings"></ul>
              </div>

              <section class="doc-pane" aria-labelledby="h-document">
                <h2 id="h-document" data-i18n="hDocument">文档正文</h2>
                <div id="document-text" lang="zh-CN" tabindex="0" role="region" aria-labelledby="h-document"></div>
              </section>
            </div>
          </section>
          <noscript><p>This page needs JavaScript. 本页面需要启用 JavaScript。</p></noscript>
        </main>

        <script>
        (function () {
          'use strict';

          var DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
          var LANG_KEY = 'docx-extract.lang';
          var KINDS = ['enterprise', 'organization', 'amount', 'count', 'percentage', 'date', 'fact'];

          var STRINGS = {
            zh: {
              skip: '跳到主要内容',
              title: '工作总结报告数据提取',
              subtitle: '上传工作总结报告（.docx），提取其中的企业、机构、金额、数量、百分比和日期，并在原文中标出。',
              uploadHeading: '选择文档',
              dropTitle: '将 .docx 文件拖放到这里',
              dropHint: '或点击此处（或按 Enter 键）选择文件',
              dropLabel: '选择或拖放 .docx 文件',
              fileLabel: '选择 .docx 文件：',
              privacy: '文件只上传到本服务进行提取，不会发往其他网站。',
              busy: '正在提取“{name}”，请稍候……',
              busyDemo: '正在载入示例报告……',
              done: '提取完成：{name}',
              resultsHeading: '提取结果',
              download: '下载 JSON',
              legendLabel: '高亮图例（点击可在正文中隐藏或显示该类）：',
              sourceDetails: '文件信息与文档属性',
              hEnterprises: '企业', hOrganizations: '机构', hAmounts: '金额', hCounts: '数量',
              hPercentages: '百分比', hDates: '日期', hFacts: '事实', hPurposes: '资金用途', hWarnings: '警告',
              hFactCounts: '企业数量与名单',
              hDocument: '文档正文',
              colName: '名称', colAliases: '简称', colMentions: '提及次数', colKind: '类别', colText: '原文',
              colAmount: '金额', colRange: '范围', colQualifier: '限定', colSection: '章节', colValue: '数值',
              colUnit: '单位', colSubject: '对象', colDate: '日期', colPeriod: '时段', colCategory: '类别',
              colCount: '数量', colListed: '列出的企业', colComplete: '名单完整', colConsistent: '数量一致',
              colPurpose: '资金用途', colEvidence: '依据',
              ev_legal_form: '法定组织形式', ev_industry_word: '字号+行业词', ev_list: '企业并列', ev_count_list: '计数名单',
              ev_context: '上下文', ev_alias: '简称', ev_table_column: '企业名称列',
              kind_enterprise: '企业', kind_organization: '机构', kind_amount: '金额', kind_count: '数量',
              kind_percentage: '百分比', kind_date: '日期', kind_fact: '事实',
              org_government: '政府部门', org_park_management: '园区管理机构', org_association: '协会、学会',
              org_university: '高校', org_research_institute: '科研院所', org_exchange: '交易所', org_other: '其他',
              q_approx: '约', q_max: '至多', q_min: '至少',
              story_body: '正文', story_footnote: '脚注', story_endnote: '尾注', story_comment: '批注',
              story_header: '页眉', story_footer: '页脚',
              tag_body: '正文', tag_footnote: '脚注', tag_endnote: '尾注', tag_comment: '批注', tag_header: '页眉',
              tag_footer: '页脚',
              yes: '是', no: '否', none: '—',
              points: '{v} 个百分点',
              summary: '{file}（{size}）：',
              summarySep: '，',
              countSuffix: '（{n}）',
              summaryEnd: '。',
              sumItem: '{kind} {n}',
              sumWarnings: '警告 {n}',
              noneFound: '未发现此类数据。',
              noWarnings: '无警告。',
              located: '已在正文中定位：{kind}“{text}”。',
              notInText: '“{text}”出现在{story}中，正文里没有可定位的高亮。',
              noBlocks: '报告中没有正文结构（blocks），以下为纯文本，未标注高亮。',
              emptyDoc: '文档没有正文内容。',
              errorLead: '无法提取该文件',
              errorCode: '错误代码：',
              errorStatus: 'HTTP 状态：',
              networkTitle: '无法连接到提取服务',
              networkDetail: '请检查服务是否仍在运行，然后重试。',
              badResponseTitle: '服务返回了无法识别的结果',
              badResponseDetail: '响应不是有效的提取报告 JSON。',
              hint_not_a_zip: '该文件不是 .docx 文档（不是 zip 压缩包）。请确认上传的是 Word 2007 及以后版本保存的 .docx 文件。',
              hint_legacy_doc: '这是旧版 Word 文档（.doc）。请在 Word 或 WPS 中“另存为”.docx 后再上传。',
              hint_encrypted: '文档设置了打开密码。请先取消密码保护后再上传。',
              hint_not_word_document: '这是其他 Office 文件（如 Excel 或 PowerPoint），不是 Word 文档。',
              hint_empty_file: '文件是空的。',
              hint_corrupt_archive: '文件已损坏或不完整。请重新保存或重新下载后再试。',
              hint_missing_part: '文件缺少 Word 文档的主要部分，可能已损坏。',
              hint_malformed_xml: '文档内部格式有误，可能已损坏。请在 Word 中打开后重新保存。',
              hint_limit_exceeded: '文件超出了服务允许的大小或复杂度限制。',
              hint_duplicate_entry: '文件内部结构异常（重复条目），可能已损坏。',
              hint_unsupported_media_type: '服务不接受这种类型的文件。请上传 .docx 文件。',
              hint_busy: '服务正忙，请稍后重试。',
              hint_timeout: '提取超时：文档可能过大或过于复杂。',
              prop_sha256: 'SHA-256', prop_byte_size: '文件大小', prop_file_name: '文件名',
              prop_title: '标题', prop_subject: '主题', prop_creator: '作者', prop_keywords: '关键词',
              prop_description: '说明', prop_last_modified_by: '最后修改者', prop_revision: '修订号',
              prop_created: '创建时间', prop_modified: '修改时间', prop_application: '应用程序',
              prop_application_version: '应用程序版本', prop_company: '单位', prop_template: '模板',
              prop_pages: '页数', prop_words: '字数', prop_characters: '字符数',
              tipEnterprise: '企业：{name}', tipOrganization: '机构：{name}（{kind}）',
              tipAmount: '金额：{value}', tipCount: '数量：{value}{subject}', tipPercentage: '百分比：{value}',
              tipDate: '日期：{value}', tipFact: '事实：{value}', tipPurpose: '资金用途：{purpose}，{value}',
              tipSubject: '（{s}）'
            },
            en: {
              skip: 'Skip to main content',
              title: 'Work Summary Report Data Extraction',
              subtitle: 'Upload a Chinese work-summary report (.docx) to extract its enterprises, organizations, '
                + 'amounts, counts, percentages and dates, highlighted in the text.',
              uploadHeading: 'Choose a document',
              dropTitle: 'Drop a .docx file here',
              dropHint: 'or click here (or press Enter) to choose a file',
              dropLabel: 'Choose or drop a .docx file',
              fileLabel: 'Choose a .docx file:',
              privacy: 'The file is sent only to this service for extraction, never to another site.',
              busy: 'Extracting “{name}”, please wait…',
              busyDemo: 'Loading the demo report…',
              done: 'Extraction finished: {name}',
              resultsHeading: 'Results',
              download: 'Download JSON',
              legendLabel: 'Highlight legend (click to hide or show a kind in the text):',
              sourceDetails: 'File information and document properties',
              hEnterprises: 'Enterprises', hOrganizations: 'Organizations', hAmounts: 'Amounts', hCounts: 'Counts',
              hPercentages: 'Percentages', hDates: 'Dates', hFacts: 'Facts', hPurposes: 'Amount purposes',
              hWarnings: 'Warnings',
              hFactCounts: 'Enterprise counts and the enterprises listed',
              hDocument: 'Document text',
              colName: 'Name', colAliases: 'Aliases', colMentions: 'Mentions', colKind: 'Kind', colText: 'Text',
              colAmount: 'Amount', colRange: 'Range', colQualifier: 'Qualifier', colSection: 'Section',
              colValue: 'Value', colUnit: 'Unit', colSubject: 'Subject', colDate: 'Date', colPeriod: 'Period',
              colCategory: 'Category', colCount: 'Count', colListed: 'Enterprises listed', colComplete: 'Complete',
              colConsistent: 'Consistent', colPurpose: 'Purpose', colEvidence: 'Evidence',
              ev_legal_form: 'legal form', ev_industry_word: 'brand + trade word', ev_list: 'listed with enterprises',
              ev_count_list: 'listed with a count', ev_context: 'context', ev_alias: 'alias', ev_table_column: 'enterprise column',
              kind_enterprise: 'Enterprises', kind_organization: 'Organizations', kind_amount: 'Amounts',
              kind_count: 'Counts', kind_percentage: 'Percentages', kind_date: 'Dates', kind_fact: 'Facts',
              org_government: 'Government', org_park_management: 'Park management', org_association: 'Association',
              org_university: 'University', org_research_institute: 'Research institute', org_exchange: 'Exchange',
              org_other: 'Other',
              q_approx: 'approx.', q_max: 'at most', q_min: 'at least',
              story_body: 'main text', story_footnote: 'a footnote', story_endnote: 'an endnote',
              story_comment: 'a comment', story_header: 'a header', story_footer: 'a footer',
              tag_body: 'Main text', tag_footnote: 'Footnote', tag_endnote: 'Endnote', tag_comment: 'Comment',
              tag_header: 'Header', tag_footer: 'Footer',
              yes: 'Yes', no: 'No', none: '—',
              points: '{v} percentage points',
              summary: '{file} ({size}): ',
              summarySep: ', ',
              countSuffix: ' ({n})',
              summaryEnd: '.',
              sumItem: '{n} {kind}',
              sumWarnings: '{n} warnings',
              noneFound: 'None found.',
              noWarnings: 'No warnings.',
              located: 'Shown in the text: {kind} “{text}”.',
              notInText: '“{text}” is in {story}; it has no highlight in the main text.',
              noBlocks: 'The report has no document structure (blocks); plain text follows, without highlights.',
              emptyDoc: 'The document has no main text.',
              errorLead: 'The file could not be extracted',
              errorCode: 'Error code: ',
              errorStatus: 'HTTP status: ',
              networkTitle: 'Could not reach the extraction service',
              networkDetail: 'Check that the service is still running, then try again.',
              badResponseTitle: 'The service sent an unexpected answer',
              badResponseDetail: 'The response is not a valid extraction report (JSON).',
              hint_not_a_zip: 'This is not a .docx document (it is not a zip archive). '
                + 'Upload a file saved by Word 2007 or later as .docx.',
              hint_legacy_doc: 'This is a legacy Word document (.doc). Save it as .docx in Word or WPS, '
                + 'then upload it.',
              hint_encrypted: 'The document is password-protected. Remove the password, then upload it again.',
              hint_not_word_document: 'This is another Office file (such as Excel or PowerPoint), not a Word document.',
              hint_empty_file: 'The file is empty.',
              hint_corrupt_archive: 'The file is damaged or incomplete. Save or download it again, then retry.',
              hint_missing_part: 'The file lacks the main part of a Word document; it may be damaged.',
              hint_malformed_xml: 'The document’s internal format is broken. Open it in Word and save it again.',
              hint_limit_exceeded: 'The file exceeds the service’s limits on size or complexity.',
              hint_duplicate_entry: 'The file’s internal structure is invalid (duplicate entries); it may be damaged.',
              hint_unsupported_media_type: 'The service does not accept this kind of file. Upload a .docx file.',
              hint_busy: 'The service is busy. Try again in a moment.',
              hint_timeout: 'The extraction took too long: the document may be too large or too complex.',
              prop_sha256: 'SHA-256', prop_byte_size: 'File size', prop_file_name: 'File name',
              prop_title: 'Title', prop_subject: 'Subject', prop_creator: 'Author', prop_keywords: 'Keywords',
              prop_description: 'Description', prop_last_modified_by: 'Last modified by', prop_revision: 'Revision',
              prop_created: 'Created', prop_modified: 'Modified', prop_application: 'Application',
              prop_application_version: 'Application version', prop_company: 'Company', prop_template: 'Template',
              prop_pages: 'Pages', prop_words: 'Words', prop_characters: 'Characters',
              tipEnterprise: 'Enterprise: {name}', tipOrganization: 'Organization: {name} ({kind})',
              tipAmount: 'Amount: {value}', tipCount: 'Count: {value}{subject}', tipPercentage: 'Percentage: {value}',
              tipDate: 'Date: {value}', tipFact: 'Fact: {value}', tipPurpose: 'Purpose: {purpose}, {value}',
              tipSubject: ' ({s})'
            }
          };

          var state = {
            lang: 'zh',
            report: null,     // the parsed report
            raw: '',          // the response body exactly as received (for the download)
            fileName: '',
            fileSize: 0,
            error: null,      // {title, detail, code, status}
            busy: false,
            busyName: '',
            seq: 0,
            controller: null,
            hidden: {},       // kind -> true when hidden in the text
            index: null       // finding id -> {kind, label, stories}
          };

          function $(id) { return document.getElementById(id); }

          function t(key, params) {
            var table = STRINGS[state.lang] || STRINGS.zh;
            var s = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : (STRINGS.zh[key] || key);
            if (params) {
              s = s.replace(/\{(\w+)\}/g, function (m, name) {
                return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m;
              });
            }
            return s;
          }

          function has(key) { return Object.prototype.hasOwnProperty.call(STRINGS.zh, key); }

          /** Creates an element; children that are strings become text nodes (never parsed as HTML). */
          function el(tag, attrs) {
            var node = document.createElement(tag);
            if (attrs) {
              Object.keys(attrs).forEach(function (name) {
                var v = attrs[name];
                if (v === null || v === undefined || v === false) return;
                if (name === 'class') node.className = v;
                else if (name === 'text') node.textContent = v;
                else if (name === 'data') Object.keys(v).forEach(function (k) { node.dataset[k] = v[k]; });
                else node.setAttribute(name, v === true ? '' : String(v));
              });
            }
            for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
            return node;
          }

          function append(node, child) {
            if (child === null || child === undefined || child === false) return;
            if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
            node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
          }

          function arr(x) { return Array.isArray(x) ? x : []; }
          function str(x) { return x === null || x === undefined ? '' : String(x); }
          function locale() { return state.lang === 'zh' ? 'zh-CN' : 'en-US'; }
          function isNum(v) { return typeof v === 'number' && isFinite(v); }

          function fmtNumber(v) {
            if (!isNum(v)) return t('none');
            try {
              return new Intl.NumberFormat(locale(), { maximumFractionDigits: 6 }).format(v);
            } catch (e) {
              return String(v);
            }
          }

          function fmtMoney(v, currency) {
            if (!isNum(v)) return t('none');
            return fmtNumber(v) + (currency ? ' ' + currency : '');
          }

          function fmtBytes(n) {
            if (!isNum(n)) return t('none');
            if (n < 1024) return fmtNumber(n) + ' B';
            var units = ['KB', 'MB', 'GB'];
            var v = n / 1024, i = 0;
            while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
            return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(v) + ' ' + units[i];
          }

          function evidence(reason) { return has('ev_' + reason) ? t('ev_' + reason) : str(reason); }
          function orgKind(kind) { return has('org_' + kind) ? t('org_' + kind) : str(kind); }

          function qualifierText(q) { return q && has('q_' + q) ? t('q_' + q) : ''; }

          function withQualifier(q, text) {
            var qt = qualifierText(q);
            return qt ? qt + ' ' + text : text;
          }

          function fmtCountValue(c) {
            var v = fmtNumber(c.value);
            if (isNum(c.value_max)) v += '–' + fmtNumber(c.value_max);
            return withQualifier(c.qualifier, v);
          }

          function fmtPercentage(p) {
            var v = p.points ? t('points', { v: fmtNumber(p.value) }) : fmtNumber(p.value) + '%';
            return withQualifier(p.qualifier, v);
          }

          function fmtDate(d) {
            var y = isNum(d.year) ? d.year : null, m = isNum(d.month) ? d.month : null;
            var day = isNum(d.day) ? d.day : null;
            if (y === null && m === null && day === null) return t('none');
            if (state.lang === 'zh') {
              return (y !== null ? y + '年' : '') + (m !== null ? m + '月' : '') + (day !== null ? day + '日' : '');
            }
            var parts = [];
            if (day !== null) parts.push(String(day));
            if (m !== null) {
              var name = String(m);
              try {
                name = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' })
                  .format(new Date(Date.UTC(2000, m - 1, 1)));
              } catch (e) { /* keep the number */ }
              parts.push(name);
            }
            if (y !== null) parts.push(String(y));
            return parts.join(' ');
          }

          function sectionText(item) {
            var path = arr(item && item.section_path).join(' › ');
            return path;
          }

          function storyOf(m) { return (m && m.story) || 'body'; }

          function docSpan(text) {
            // Text taken from the document is Chinese whatever the interface language.
            return el('span', { lang: 'zh-CN' }, text);
          }

          /* ------------------------------------------------------------------ findings model */

          /** Every finding with its id, kind, label and the mentions it has (each {block,start,end,story}). */
          function buildIndex(r) {
            var list = [];
            arr(r.enterprises).forEach(function (e, i) {
              list.push({ id: 'enterprise-' + i, kind: 'enterprise', rank: 2, item: e, label: str(e.name),
                mentions: arr(e.mentions) });
            });
            arr(r.organizations).forEach(function (o, i) {
              list.push({ id: 'organization-' + i, kind: 'organization', rank: 2, item: o, label: str(o.name),
                mentions: arr(o.mentions) });
            });
            [['amounts', 'amount'], ['counts', 'count'], ['percentages', 'percentage'], ['dates', 'date']]
              .forEach(function (pair) {
                arr(r[pair[0]]).forEach(function (x, i) {
                  list.push({ id: pair[1] + '-' + i, kind: pair[1], rank: 3, item: x, label: str(x.text),
                    mentions: [x] });
                });
              });
            var facts = r.facts || {};
            arr(facts.enterprise_counts).forEach(function (f, i) {
              list.push({ id: 'fact-' + i, kind: 'fact', rank: 1, item: f,
                label: str(f.mention && f.mention.text) || str(f.category), mentions: f.mention ? [f.mention] : [] });
            });
            arr(facts.amount_purposes).forEach(function (f, i) {
              list.push({ id: 'purpose-' + i, kind: 'fact', rank: 1, item: f, purpose: true,
                label: str(f.mention && f.mention.text) || str(f.purpose), mentions: f.mention ? [f.mention] : [] });
            });
            var byId = {};
            list.forEach(function (f) { byId[f.id] = f; });
            return { list: list, byId: byId };
          }

          function tooltip(f) {
            var x = f.item;
            switch (f.id.split('-')[0]) {
              case 'enterprise': return t('tipEnterprise', { name: str(x.name) });
              case 'organization':
                return t('tipOrganization', { name: str(x.name), kind: orgKind(x.kind) });
              case 'amount':
                return t('tipAmount', { value: withQualifier(x.qualifier, fmtMoney(x.value, x.currency)) });
              case 'count':
                return t('tipCount', { value: fmtCountValue(x) + ' ' + str(x.unit),
                  subject: x.subject ? t('tipSubject', { s: x.subject }) : '' });
              case 'percentage': return t('tipPercentage', { value: fmtPercentage(x) });
              case 'date': return t('tipDate', { value: fmtDate(x) });
              case 'fact':
                return t('tipFact', { value: [str(x.category), isNum(x.count) ? fmtNumber(x.count) + str(x.unit) : '']
                  .join(' ').trim() });
              case 'purpose': return t('tipPurpose', { purpose: str(x.purpose), value: fmtMoney(x.value, x.currency) });
              default: return '';
            }
          }

          /** Spans to highlight, grouped by the index of the body paragraph they fall in. */
          function spansByBlock(index) {
            var map = new Map();
            index.list.forEach(function (f) {
              var title = tooltip(f);
              f.mentions.forEach(function (m, j) {
                if (!m || storyOf(m) !== 'body' || !isNum(m.block) || !isNum(m.start) || !isNum(m.end)) return;
                if (m.end <= m.start) return;
                var span = { start: m.start, end: m.end, kind: f.kind, rank: f.rank, finding: f.id,
                  key: f.id + ':' + j, title: title };
                if (!map.has(m.block)) map.set(m.block, []);
                map.get(m.block).push(span);
              });
            });
            return map;
          }

          function compareSpans(a, b) {
            return a.start - b.start || b.end - a.end || a.rank - b.rank
              || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
          }

          /**
           * Turns possibly overlapping spans into a tree of properly nested spans: a span inside another becomes
           * its child (one <mark> inside another); a span that only partly overlaps is split at the boundary
           * into pieces that share its key. Text is never lost or duplicated.
           */
          function nestSpans(spans, length) {
            var items = [];
            spans.forEach(function (s) {
              var start = Math.max(0, Math.min(length, s.start)), end = Math.max(0, Math.min(length, s.end));
              if (end > start) items.push(Object.assign({}, s, { start: start, end: end }));
            });
            items.sort(compareSpans);
            var root = { start: 0, end: length, children: [] };
            var stack = [root];
            for (var i = 0; i < items.length; i++) {
              var s = items[i];
              while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
              var top = stack[stack.length - 1];
              if (s.end > top.end) {
                var rest = Object.assign({}, s, { start: top.end });
                s = Object.assign({}, s, { end: top.end });
                var j = i + 1;
                while (j < items.length && compareSpans(items[j], rest) <= 0) j++;
                items.splice(j, 0, rest);
              }
              var node = Object.assign({}, s, { children: [] });
              top.children.push(node);
              stack.push(node);
            }
            return root.children;
          }

          function renderRange(parent, chars, from, to, nodes) {
            var pos = from;
            nodes.forEach(function (n) {
              if (n.start > pos) parent.appendChild(document.createTextNode(chars.slice(pos, n.start).join('')));
              var mark = el('mark', { class: 'finding', title: n.title,
                data: { kind: n.kind, finding: n.finding, key: n.key } });
              renderRange(mark, chars, n.start, n.end, n.children);
              parent.appendChild(mark);
              pos = n.end;
            });
            if (to > pos) parent.appendChild(document.createTextNode(chars.slice(pos, to).join('')));
          }

          /* ------------------------------------------------------------------ document text */

          function hasText(block) {
            if (!block) return false;
            if (block.type === 'table') return true;
            return !!(str(block.text) || (block.list_label && str(block.list_label.text)));
          }

          function renderBlocks(blocks, container, spans, inTable) {
            arr(blocks).forEach(function (b, i) {
              if (!b || typeof b !== 'object') return;
              if (b.type === 'table') container.appendChild(renderTable(b, spans));
              else container.appendChild(renderParagraph(b, spans, inTable, i === 0 && !inTable));
            });
          }

          function renderParagraph(b, spans, inTable, first) {
            var text = str(b.text);
            var label = b.list_label && str(b.list_label.text) ? b.list_label : null;
            var level = 0;
            if (!inTable) {
              if (isNum(b.heading_level) && b.heading_level > 0) {
                level = b.heading_level;
              } else {
                var path = arr(b.section_path);
                var last = path[path.length - 1];
                var full = (label ? str(label.text) : '') + text;
                if (last && (full === last || text === last)) level = path.length;
              }
            }
            var tag = level ? 'h' + Math.min(6, level + 2) : 'p';
            var cls = 'para' + (level ? ' doc-h doc-h' + Math.min(level, 4) : '');
            if (first && !level && !label && text && Array.from(text).length <= 60 && !arr(b.section_path).length) {
              cls += ' doc-title';
            }
            if (!text && !label) cls += ' empty';
            var node = el(tag, { class: cls, data: { block: str(b.index) } });
            if (label) {
              var sep = str(label.separator);
              var sepClass = sep === '\t' ? ' sep-tab' : sep ? ' sep-space' : '';
              node.appendChild(el('span', { class: 'list-label' + sepClass }, str(label.text)));
            }
            var body = el('span', { class: 'ptext' });
            var chars = Array.from(text);
            var own = spans.get(b.index) || [];
            renderRange(body, chars, 0, chars.length, nestSpans(own, chars.length));
            node.appendChild(body);
            return node;
          }

          function renderTable(tb, spans) {
            var table = el('table', { class: 'doc-table', data: { block: str(tb.index) } });
            var tbody = el('tbody');
            table.appendChild(tbody);
            var rows = arr(tb.rows);
            // Grid positions, so that vertically merged cells can be found in the rows below.
            var grid = rows.map(function (r) {
              var col = 0;
              return arr(r && r.cells).map(function (c) {
                var span = isNum(c && c.column_span) && c.column_span > 1 ? c.column_span : 1;
                var pos = { cell: c || {}, col: col, span: span, absorbed: false };
                col += span;
                return pos;
              });
            });
            grid.forEach(function (cells, ri) {
              var tr = el('tr');
              cells.forEach(function (pos) {
                if (pos.absorbed) return;
                var cellNode = el('td');
                if (pos.span > 1) cellNode.colSpan = pos.span;
                if (pos.cell.vertical_merge === 'restart') {
                  var n = 1;
                  for (var rj = ri + 1; rj < grid.length; rj++) {
                    var below = null;
                    grid[rj].forEach(function (p) { if (p.col === pos.col && p.span === pos.span) below = p; });
                    var merged = below && below.cell.vertical_merge === 'continue';
                    if (!merged || arr(below.cell.blocks).some(hasText)) break;
                    below.absorbed = true;
                    n++;
                  }
                  if (n > 1) cellNode.rowSpan = n;
                }
                renderBlocks(pos.cell.blocks, cellNode, spans, true);
                tr.appendChild(cellNode);
              });
              tbody.appendChild(tr);
            });
            return table;
          }

          function renderDocument(r, index, keepScroll) {
            var box = $('document-text');
            var scroll = keepScroll ? box.scrollTop : 0;
            box.textContent = '';
            KINDS.forEach(function (k) { box.classList.toggle('hide-' + k, !!state.hidden[k]); });
            if (Array.isArray(r.blocks)) {
              if (!r.blocks.length) {
                box.appendChild(el('p', { class: 'doc-note', lang: locale(), text: t('emptyDoc') }));
              }
              var frag = document.createDocumentFragment();
              renderBlocks(r.blocks, frag, spansByBlock(index), false);
              box.appendChild(frag);
            } else {
              box.appendChild(el('p', { class: 'doc-note', lang: locale(), text: t('noBlocks') }));
              str(r.text).split('\n').forEach(function (line) {
                box.appendChild(el('p', { class: 'para' + (line ? '' : ' empty') }, line));
              });
            }
            box.scrollTop = scroll;
          }

          /* ------------------------------------------------------------------ tables */

          function rowFor(f, cells) {
            var tr = el('tr', { data: { finding: f.id, kind: f.kind } });
            var button = el('button', { type: 'button', class: 'row-btn', data: { finding: f.id } },
              el('span', { class: 'swatch k-' + f.kind, 'aria-hidden': 'true' }), docSpan(cells[0]));
            var stories = [];
            f.mentions.forEach(function (m) { if (m && stories.indexOf(storyOf(m)) < 0) stories.push(storyOf(m)); });
            var first = el('td', null, stories.indexOf('body') < 0 && stories.length
              ? el('span', { class: 'story-tag' }, t('tag_' + stories[0])) : null, button);
            tr.appendChild(first);
            for (var i = 1; i < cells.length; i++) {
              var c = cells[i];
              if (c && c.node) tr.appendChild(c.node);
              else tr.appendChild(el('td', null, c));
            }
            return tr;
          }

          function td(content, cls, docText) {
            return { node: el('td', { class: cls || null }, docText ? docSpan(content) : content) };
          }

          function fillTable(tableId, findings, makeCells) {
            var table = $(tableId);
            var tbody = table.tBodies[0];
            tbody.textContent = '';
            var note = table.nextElementSibling;
            if (note && note.classList.contains('empty-note')) note.remove();
            findings.forEach(function (f) { tbody.appendChild(rowFor(f, makeCells(f.item, f))); });
            if (!findings.length) table.after(el('p', { class: 'empty-note' }, t('noneFound')));
          }

          function boolCell(v) {
            var mark = el('span', { class: v ? 'yes' : 'no' }, (v ? '✓ ' : '✗ ') + t(v ? 'yes' : 'no'));
            return { node: el('td', { class: 'nowrap' }, mark) };
          }

          function renderTables(r, index) {
            var of = function (prefix) {
              return index.list.filter(function (f) { return f.id.lastIndexOf(prefix + '-', 0) === 0; });
            };
            fillTable('table-enterprises', of('enterprise'), function (e, f) {
              return [str(e.name), td(arr(e.aliases).join('、') || t('none'), null, true),
                td(arr(e.evidence).map(evidence).join('、') || t('none'), null, true),
                td(fmtNumber(f.mentions.length), 'num')];
            });
            fillTable('table-organizations', of('organization'), function (o, f) {
              return [str(o.name), orgKind(o.kind),
                td(fmtNumber(f.mentions.length), 'num')];
            });
            fillTable('table-amounts', of('amount'), function (a) {
              var range = isNum(a.value_max)
                ? fmtNumber(a.value) + ' – ' + fmtMoney(a.value_max, a.currency) : t('none');
              return [str(a.text), td(fmtMoney(a.value, a.currency), 'num'), td(range, 'num'),
                td(qualifierText(a.qualifier) || t('none'), 'nowrap'), td(sectionText(a), 'section', true)];
            });
            fillTable('table-counts', of('count'), function (c) {
              return [str(c.text), td(fmtCountValue(c), 'num'), td(str(c.unit) || t('none'), 'nowrap', true),
                td(c.subject ? str(c.subject) : t('none'), null, !!c.subject)];
            });
            fillTable('table-percentages', of('percentage'), function (p) {
              return [str(p.text), td(fmtPercentage(p), 'num'), td(sectionText(p), 'section', true)];
            });
            fillTable('table-dates', of('date'), function (d) {
              return [str(d.text), fmtDate(d), td(d.period ? str(d.period) : t('none'), 'nowrap', !!d.period),
                td(sectionText(d), 'section', true)];
            });
            fillTable('table-facts', of('fact'), function (x) {
              var count = isNum(x.count) ? fmtNumber(x.count) + (x.unit ? ' ' + x.unit : '') : t('none');
              return [str(x.category) || str(x.mention && x.mention.text) || t('none'), td(count, 'num'),
                td(arr(x.enterprises).join('、') || t('none'), null, true), boolCell(!!x.complete),
                boolCell(!!x.consistent)];
            });
            fillTable('table-amount-purposes', of('purpose'), function (x) {
              return [str(x.purpose), td(fmtMoney(x.value, x.currency), 'num'),
                td(sectionText(x.mention), 'section', true)];
            });

            var ul = $('warnings');
            ul.textContent = '';
            var warnings = arr(r.warnings);
            var hw = $('h-warnings');
            hw.textContent = t('hWarnings') + (warnings.length ? t('countSuffix', { n: warnings.length }) : '');
            if (!warnings.length) ul.appendChild(el('li', { class: 'empty-note' }, t('noWarnings')));
            warnings.forEach(function (w) {
              var where = [];
              var loc = w.location;
              if (loc && loc.part) where.push(loc.part + (isNum(loc.line) ? ':' + loc.line : ''));
              if (isNum(w.count) && w.count > 1) where.push('×' + w.count);
              ul.appendChild(el('li', null, el('code', null, str(w.code)), ' ', docSpan(str(w.message)),
                where.length ? ' (' + where.join(', ') + ')' : ''));
            });
          }

          function renderSummary(r) {
            var p = $('summary');
            p.textContent = '';
            var name = state.fileName || (r.source && r.source.file_name) || '';
            var size = isNum(state.fileSize) && state.fileSize > 0 ? state.fileSize : r.source && r.source.byte_size;
            var parts = t('summary', { file: '\u0000', size: fmtBytes(size) }).split('\u0000');
            append(p, parts[0]);
            p.appendChild(el('span', { class: 'file-name' }, name));
            append(p, parts[1]);
            var facts = r.facts || {};
            var counts = [
              ['enterprise', arr(r.enterprises).length], ['organization', arr(r.organizations).length],
              ['amount', arr(r.amounts).length], ['count', arr(r.counts).length],
              ['percentage', arr(r.percentages).length], ['date', arr(r.dates).length],
              ['fact', arr(facts.enterprise_counts).length + arr(facts.amount_purposes).length]
            ];
            counts.forEach(function (c, i) {
              if (i) append(p, t('summarySep'));
              var bits = t('sumItem', { kind: t('kind_' + c[0]), n: '\u0000' }).split('\u0000');
              append(p, bits[0]);
              p.appendChild(el('span', { class: 'count', data: { kind: c[0] } }, String(c[1])));
              append(p, bits[1]);
            });
            append(p, t('summarySep'));
            var wb = t('sumWarnings', { n: '\u0000' }).split('\u0000');
            append(p, wb[0]);
            p.appendChild(el('span', { class: 'count', data: { kind: 'warning' } }, String(arr(r.warnings).length)));
            append(p, wb[1] + t('summaryEnd'));

            var legend = $('legend');
            legend.textContent = '';
            counts.forEach(function (c) {
              var k = c[0];
              var pressed = state.hidden[k] ? 'false' : 'true';
              var b = el('button', { type: 'button', 'aria-pressed': pressed, data: { kind: k } },
                el('span', { class: 'swatch k-' + k, 'aria-hidden': 'true' }), t('kind_' + k) + ' ' + c[1]);
              legend.appendChild(el('li', null, b));
            });

            var dl = $('source-list');
            dl.textContent = '';
            var src = r.source || {};
            var bytes = isNum(src.byte_size) ? fmtBytes(src.byte_size) + ' (' + fmtNumber(src.byte_size) + ' B)' : null;
            var rows = [['file_name', src.file_name], ['byte_size', bytes], ['sha256', src.sha256]];
            var props = r.properties || {};
            Object.keys(props).forEach(function (k) {
              var v = props[k];
              if (v === null || v === undefined || v === '') return;
              rows.push([k, isNum(v) ? fmtNumber(v) : String(v)]);
            });
            rows.forEach(function (row) {
              if (row[1] === null || row[1] === undefined || row[1] === '') return;
              dl.appendChild(el('dt', null, has('prop_' + row[0]) ? t('prop_' + row[0]) : row[0]));
              dl.appendChild(el('dd', null, row[0] === 'sha256' ? el('code', null, row[1]) : docSpan(String(row[1]))));
            });
          }

          /** Renders the current report; `again` when only the language changed (keeps the text's scroll position). */
          function renderReport(again) {
            var r = state.report;
            if (!r) return;
            state.index = buildIndex(r);
            $('results').hidden = false;
            renderSummary(r);
            renderTables(r, state.index);
            renderDocument(r, state.index, !!again);
          }

          /* ------------------------------------------------------------------ locating findings */

          var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)');

          function locate(findingId) {
            var f = state.index && state.index.byId[findingId];
            if (!f) return;
            document.querySelectorAll('table.findings tr.selected').forEach(function (tr) {
              tr.classList.remove('selected');
            });
            document.querySelectorAll('table.findings tr[data-finding="' + findingId + '"]').forEach(function (tr) {
              tr.classList.add('selected');
            });
            var box = $('document-text');
            var first = box.querySelector('mark.finding[data-finding="' + findingId + '"]');
            if (!first) {
              var story = 'body';
              f.mentions.some(function (m) { story = storyOf(m); return story !== 'body'; });
              setStatus(t('notInText', { text: f.label, story: t('story_' + story) }));
              return;
            }
            var group = box.querySelectorAll('mark.finding[data-key="' + first.dataset.key + '"]');
            group.forEach(function (m) {
              m.classList.remove('flash');
              void m.offsetWidth; // restart the animation
              m.classList.add('flash');
              clearTimeout(m._flashTimer);
              m._flashTimer = setTimeout(function () { m.classList.remove('flash'); }, 2000);
            });
            first.scrollIntoView({ block: 'center', inline: 'nearest',
              behavior: reduceMotion && reduceMotion.matches ? 'auto' : 'smooth' });
            setStatus(t('located', { kind: t('kind_' + f.kind), text: f.label }));
          }

          /* ------------------------------------------------------------------ status, errors, busy */

          function setStatus(text) { $('status').textContent = text; }

          function setState(name) { document.body.dataset.state = name; }

          function setBusy(busy, name, demo) {
            state.busy = busy;
            state.busyName = name || '';
            state.busyDemo = !!demo;
            var dz = $('drop-zone');
            dz.setAttribute('aria-busy', busy ? 'true' : 'false');
            $('results').setAttribute('aria-busy', busy ? 'true' : 'false');
            if (busy) {
              setState('busy');
              setStatus(demo ? t('busyDemo') : t('busy', { name: name }));
            }
          }

          function renderError() {
            var box = $('error');
            var e = state.error;
            box.textContent = '';
            if (!e) { box.hidden = true; return; }
            var colon = state.lang === 'zh' ? '：' : ': ';
            box.appendChild(el('p', { class: 'error-title' }, t('errorLead') + (e.title ? colon + e.title : '')));
            if (e.detail) box.appendChild(el('p', { class: 'error-detail' }, e.detail));
            if (e.code && has('hint_' + e.code)) box.appendChild(el('p', { class: 'error-hint' }, t('hint_' + e.code)));
            var meta = el('p', { class: 'error-meta' });
            if (e.code) {
              append(meta, t('errorCode'));
              meta.appendChild(el('code', { id: 'error-code' }, e.code));
            }
            if (isNum(e.status)) {
              append(meta, (e.code ? (state.lang === 'zh' ? '；' : '; ') : '') + t('errorStatus'));
              meta.appendChild(el('code', { id: 'error-status' }, String(e.status)));
            }
            box.appendChild(meta);
            box.hidden = false;
          }

          function showError(e) {
            state.error = e;
            state.report = null;
            state.raw = '';
            $('results').hidden = true;
            setStatus('');
            setState('error');
            renderError();
          }

          function clearError() {
            state.error = null;
            renderError();
          }

          function problemFrom(res, body) {
            var p = null;
            try { p = JSON.parse(body); } catch (e) { p = null; }
            if (!p || typeof p !== 'object') p = {};
            var code = p.code || (p.error && p.error.code) || 'http_' + res.status;
            return {
              title: str(p.title || (p.error && p.error.message) || res.statusText || 'HTTP ' + res.status),
              detail: str(p.detail),
              code: str(code),
              status: isNum(p.status) ? p.status : res.status
            };
          }

          function handleResponse(res, body, meta) {
            if (!res.ok) { showError(problemFrom(res, body)); return; }
            var data = null;
            try { data = JSON.parse(body); } catch (e) { data = null; }
            if (!data || typeof data !== 'object' || Array.isArray(data) || !Array.isArray(data.enterprises)) {
              showError({ title: t('badResponseTitle'), detail: t('badResponseDetail'), code: 'invalid_response',
                status: res.status });
              return;
            }
            state.error = null;
            renderError();
            state.report = data;
            state.raw = body;
            state.fileName = meta.name || (data.source && data.source.file_name) || '';
            state.fileSize = meta.size;
            renderReport();
            setState('done');
            setStatus(t('done', { name: state.fileName }));
          }

          function request(url, options, meta, demo) {
            var seq = ++state.seq;
            if (state.controller) state.controller.abort();
            var controller = typeof AbortController === 'function' ? new AbortController() : null;
            state.controller = controller;
            if (controller) options.signal = controller.signal;
            state.error = null;
            renderError();
            setBusy(true, meta.name, demo);
            return fetch(url, options).then(function (res) {
              return res.text().then(function (body) {
                if (seq !== state.seq) return;
                setBusy(false);
                handleResponse(res, body, meta);
              });
            }).catch(function (err) {
              if (seq !== state.seq || (err && err.name === 'AbortError')) return;
              setBusy(false);
              var why = err && err.message ? ' (' + err.message + ')' : '';
              showError({ title: t('networkTitle'), detail: t('networkDetail') + why, code: 'network_error' });
            });
          }

          function upload(file) {
            if (!file) return;
            // `name` becomes the report's source.file_name (the body is the bare file, which carries no name).
            var url = 'v1/extract?include=text,blocks&name=' + encodeURIComponent(file.name || 'upload.docx');
            return request(url, {
              method: 'POST',
              headers: { 'Content-Type': DOCX_MIME, 'Accept': 'application/json, application/problem+json' },
              body: file
            }, { name: file.name, size: file.size }, false);
          }

          /* ------------------------------------------------------------------ download */

          function jsonFileName() {
            var base = str(state.fileName).replace(/^.*[\\/]/, '').replace(/\.docx$/i, '');
            base = base.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();
            return (base || 'report') + '.json';
          }

          function downloadJSON() {
            if (!state.report) return;
            var text = state.raw || JSON.stringify(state.report, null, 2);
            var blob = new Blob([text], { type: 'application/json' });
            var url = URL.createObjectURL(blob);
            var a = el('a', { href: url, download: jsonFileName(), hidden: true });
            document.body.appendChild(a);
            a.click();
            a.remove();
            setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
          }

          /* ------------------------------------------------------------------ language */

          function applyLang(lang) {
            state.lang = lang === 'en' ? 'en' : 'zh';
            document.documentElement.lang = locale() === 'zh-CN' ? 'zh-CN' : 'en';
            document.title = t('title');
            document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.dataset.i18n); });
            var sw = $('lang-switch');
            sw.textContent = state.lang === 'zh' ? 'English' : '中文';
            sw.lang = state.lang === 'zh' ? 'en' : 'zh-CN';
            sw.setAttribute('aria-label', state.lang === 'zh' ? 'Switch to English' : '切换到中文');
            $('drop-zone').setAttribute('aria-label', t('dropLabel'));
            if (state.report) renderReport(true);
            if (state.error) renderError();
            if (state.busy) setStatus(state.busyDemo ? t('busyDemo') : t('busy', { name: state.busyName }));
            else if (state.report) setStatus(t('done', { name: state.fileName }));
          }

          function storedLang() {
            try { return window.localStorage.getItem(LANG_KEY); } catch (e) { return null; }
          }

          function storeLang(lang) {
            try { window.localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode: not remembered */ }
          }

          /* ------------------------------------------------------------------ wiring */

          function hasFiles(e) {
            var types = e.dataTransfer && e.dataTransfer.types;
            return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
          }

          function init() {
            var input = $('file-input');
            var dz = $('drop-zone');

            input.addEventListener('change', function () {
              var file = input.files && input.files[0];
              if (file) upload(file);
            });

            dz.addEventListener('click', function () { input.click(); });
            dz.addEventListener('keydown', function (e) {
              if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
                e.preventDefault();
                input.click();
              }
            });
            ['dragenter', 'dragover'].forEach(function (type) {
              dz.addEventListener(type, function (e) {
                if (!hasFiles(e)) return;
                e.preventDefault();
                e.stopPropagation();
                e.dataTransfer.dropEffect = 'copy';
                dz.classList.add('dragover');
              });
            });
            dz.addEventListener('dragleave', function (e) {
              if (!e.relatedTarget || !dz.contains(e.relatedTarget)) dz.classList.remove('dragover');
            });
            dz.addEventListener('drop', function (e) {
              e.preventDefault();
              e.stopPropagation();
              dz.classList.remove('dragover');
              var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
              if (file) upload(file);
            });
            // A file dropped anywhere else must not make the browser leave the page to open it.
            ['dragover', 'drop'].forEach(function (type) {
              window.addEventListener(type, function (e) {
                if (!hasFiles(e)) return;
                e.preventDefault();
                if (type === 'dragover') e.dataTransfer.dropEffect = 'none';
              });
            });

            $('lang-switch').addEventListener('click', function () {
              var next = state.lang === 'zh' ? 'en' : 'zh';
              storeLang(next);
              applyLang(next);
            });

            $('download-json').addEventListener('click', downloadJSON);

            $('legend').addEventListener('click', function (e) {
              var b = e.target.closest('button[data-kind]');
              if (!b) return;
              var k = b.dataset.kind;
              state.hidden[k] = !state.hidden[k];
              b.setAttribute('aria-pressed', state.hidden[k] ? 'false' : 'true');
              $('document-text').classList.toggle('hide-' + k, state.hidden[k]);
            });

            // A click anywhere on a row locates the finding; the row's button does the same from the keyboard
            // (Enter and Space activate buttons natively).
            document.querySelector('.findings-pane').addEventListener('click', function (e) {
              var row = e.target.closest('tr[data-finding]');
              if (row) locate(row.dataset.finding);
            });

            applyLang(storedLang() === 'en' ? 'en' : 'zh');

            // Test hook for Tools/web/mock_server.py: ?demo=/demo/NAME.json renders a saved report from the same
            // origin, as if it had been returned for an upload. Other origins are ignored; nothing is sent.
            var demo = null;
            try { demo = new URLSearchParams(window.location.search).get('demo'); } catch (e) { demo = null; }
            if (demo) {
              var url = null;
              try { url = new URL(demo, window.location.href); } catch (e) { url = null; }
              if (url && url.origin === window.location.origin && /^https?:$/.test(url.protocol)) {
                var options = { method: 'GET', headers: { 'Accept': 'application/json' }, credentials: 'same-origin' };
                request(url.href, options, { name: '', size: 0 }, true);
              }
            }
          }

          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
          else init();
        })();
        </script>
        </body>
        </html>

        """#
}
