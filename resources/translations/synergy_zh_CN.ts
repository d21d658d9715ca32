<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty model</source>
        <translation>新建一个空白模型</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the model under a new name</source>
        <translation>以新名称保存模型</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the plot as a PNG, SVG or PDF image for slides</source>
        <translation>将图表保存为 PNG、SVG 或 PDF 图像，用于幻灯片</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>导出模型图(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the diagram with the model&apos;s title as a PNG, SVG or PDF image for slides</source>
        <translation>将带模型标题的模型图保存为 PNG、SVG 或 PDF 图像，用于幻灯片</translation>
    </message>
    <message>
        <source>&amp;Study Model…</source>
        <translation>研究模型(&amp;S)…</translation>
    </message>
    <message>
        <source>Read lavaan or semopy syntax, a coefficient table, a SmartPLS or FCM matrix, or GraphML; a preview shows what it holds before anything changes</source>
        <translation>读取 lavaan 或 semopy 语法、系数表、SmartPLS 或 FCM 矩阵，或 GraphML；在做出任何更改之前先预览其内容</translation>
    </message>
    <message>
        <source>&amp;Estimate from Survey…</source>
        <translation>从问卷数据估计(&amp;E)…</translation>
    </message>
    <message>
        <source>Estimate the path weights of a lavaan model from survey data (CSV of item answers)</source>
        <translation>根据问卷数据（题项作答的 CSV）估计 lavaan 模型的路径权重</translation>
    </message>
    <message>
        <source>&amp;lavaan Syntax (Fixed Weights)…</source>
        <translation>lavaan 语法（固定权重）(&amp;L)…</translation>
    </message>
    <message>
        <source>Write the model as lavaan syntax with the current weights as fixed values</source>
        <translation>将模型写为 lavaan 语法，当前权重作为固定值</translation>
    </message>
    <message>
        <source>lavaan Syntax (&amp;Free, Labelled)…</source>
        <translation>lavaan 语法（自由、带标签）(&amp;F)…</translation>
    </message>
    <message>
        <source>Write the model as lavaan syntax with labelled free coefficients, to estimate</source>
        <translation>将模型写为 lavaan 语法，系数自由且带标签，供估计使用</translation>
    </message>
    <message>
        <source>&amp;Hypotheses Table…</source>
        <translation>假设表(&amp;H)…</translation>
    </message>
    <message>
        <source>H1…Hn as a Markdown, CSV or LaTeX table (by the file&apos;s suffix)</source>
        <translation>将 H1…Hn 导出为 Markdown、CSV 或 LaTeX 表格（按文件后缀）</translation>
    </message>
    <message>
        <source>&amp;GraphML…</source>
        <translation>&amp;GraphML…</translation>
    </message>
    <message>
        <source>The diagram for yEd and Gephi</source>
        <translation>供 yEd 和 Gephi 使用的模型图</translation>
    </message>
    <message>
        <source>FCM &amp;Matrix…</source>
        <translation>FCM 矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>The concept matrix (CSV, source rows)</source>
        <translation>概念矩阵（CSV，行为源）</translation>
    </message>
    <message>
        <source>One-Page PDF &amp;Report…</source>
        <translation>单页 PDF 报告(&amp;R)…</translation>
    </message>
    <message>
        <source>The diagram, the plot, the table of levels, the scenario and the date on one page</source>
        <translation>在一页上包含模型图、图表、水平表、情景和日期</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Synergy Explorer</source>
        <translation>关闭 Synergy Explorer</translation>
    </message>
    <message>
        <source>Add &amp;Construct</source>
        <translation>添加构念(&amp;C)</translation>
    </message>
    <message>
        <source>Add a construct in the middle of the diagram (or double-click empty canvas)</source>
        <translation>在模型图中央添加构念（或双击空白画布）</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected</source>
        <translation>连接所选(&amp;O)</translation>
    </message>
    <message>
        <source>Draw a path between the two selected constructs (or drag from a construct&apos;s edge)</source>
        <translation>在所选的两个构念之间画一条路径（或从构念边缘拖动）</translation>
    </message>
    <message>
        <source>Add Synergy &amp;Junction</source>
        <translation>添加协同节点(&amp;J)</translation>
    </message>
    <message>
        <source>Select the members, then their target last, to add a co-active synergy term</source>
        <translation>先选择各成员，最后选择其目标，以添加协同作用（共同激活）项</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the selected construct</source>
        <translation>重命名所选构念</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every construct, path and junction of the diagram</source>
        <translation>选择模型图中的所有构念、路径和节点</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>删除所选项</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Enlarge the diagram</source>
        <translation>放大模型图</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Shrink the diagram</source>
        <translation>缩小模型图</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>显示整个模型图</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>自动布局(&amp;A)</translation>
    </message>
    <message>
        <source>Arrange constructs in columns: stimuli, organism, responses</source>
        <translation>将构念按列排列：刺激、机体、反应</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>增大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Enlarge the text of the diagram and the plots</source>
        <translation>增大模型图和图表的文字</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>减小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Shrink the text of the diagram and the plots</source>
        <translation>减小模型图和图表的文字</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>Draw text at its normal size</source>
        <translation>以正常大小显示文字</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for a lecture hall: large type, the story step by step (Esc leaves)</source>
        <translation>适合报告厅的全屏模式：大字号，逐步展示故事（按 Esc 退出）</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>深色配色(&amp;D)</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>在浅色和深色之间切换</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Play the time cursor: the diagram shows the levels week by week</source>
        <translation>播放时间光标：模型图逐周显示各水平</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Move the time cursor one step</source>
        <translation>将时间光标前进一步</translation>
    </message>
    <message>
        <source>P&amp;redict, then Reveal</source>
        <translation>先预测，后揭晓(&amp;R)</translation>
    </message>
    <message>
        <source>Hide the plot&apos;s future, sketch how a construct will move, then reveal the model</source>
        <translation>隐藏图表的未来部分，画出某个构念将如何变化，然后揭晓模型结果</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>揭晓(&amp;V)</translation>
    </message>
    <message>
        <source>Play the model&apos;s run over the prediction and show the gap</source>
        <translation>在预测之上播放模型运行结果，并显示差距</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>Open the guide: legend, gestures, theory</source>
        <translation>打开指南：图例、操作手势、理论</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>术语表(&amp;L)</translation>
    </message>
    <message>
        <source>The terms of social-media marketing and S-O-R</source>
        <translation>社交媒体营销与刺激-机体-反应 (S-O-R) 的术语</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Submenus the registry builds itself: ``&quot;@name&quot;`` in :data:`MENUS` -&gt; (title, entries).</extracomment>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport As</source>
        <translation>导出为(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus and their entries; ``&quot;-&quot;`` is a separator, ``&quot;@name&quot;`` a submenu of :data:`SUBMENUS` or a group the main window fills in (presets, recent files, dock toggles, the scenario chooser).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in {language} when Synergy Explorer next starts.</source>
        <translation>下次启动 Synergy Explorer 时，界面将使用{language}。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Show the interface in this language</source>
        <translation>以此语言显示界面</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Double-click the canvas to add a construct · drag from a construct&apos;s rim to connect · drag a slider to see the weeks unfold</source>
        <translation>双击画布添加构念 · 从构念边缘拖动以连接 · 拖动滑块查看逐周变化</translation>
    </message>
    <message>
        <source>Stimuli</source>
        <extracomment>The docks&apos; titles (their object names are &quot;&lt;key&gt;_dock&quot;).</extracomment>
        <translation>刺激</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>协同</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <source>Restored the unsaved work on {name} from {when}.</source>
        <extracomment>the toolbar&apos;s width with text beside the icons; narrower windows get icons only (tooltips name them), so the scenario chooser never goes behind the » overflow</extracomment>
        <translation>已恢复 {name} 在 {when} 的未保存工作。</translation>
    </message>
    <message>
        <source>Select exactly two constructs to connect them.</source>
        <translation>请恰好选择两个构念来连接它们。</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ScenarioChooser</name>
    <message>
        <source>As drawn (sliders)</source>
        <translation>按图所示（滑块）</translation>
    </message>
    <message>
        <source>The scenario to simulate: stimulus schedules over time</source>
        <translation>要模拟的情景：刺激随时间变化的安排</translation>
    </message>
    <message>
        <source>Sc&amp;enario</source>
        <translation>情景(&amp;E)</translation>
    </message>
</context>
</TS>
