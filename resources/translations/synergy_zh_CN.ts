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
    <name>App</name>
    <message>
        <source>Something went wrong inside the program: {error}</source>
        <extracomment>The library Qt 6&apos;s xcb platform plugin needs and pip cannot install, and its package.</extracomment>
        <translation>程序内部出错：{error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>“{name}”, last copied on {when}</source>
        <translation>“{name}”，最后复制于 {when}</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: {why}</source>
        <extracomment>() -&gt; (the file the work belongs to or None, the name the title shows)</extracomment>
        <translation>无法写入恢复副本：{why}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Synergy Explorer closed before {work} was saved.

Restore the unsaved work, or discard it?</source>
        <translation>Synergy Explorer 在保存 {work} 之前关闭了。

恢复未保存的工作，还是丢弃？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>稍后决定</translation>
    </message>
</context>
<context>
    <name>BandsController</name>
    <message>
        <source>The bands cannot be computed: {why}</source>
        <extracomment>Errors a model can provoke in the engine; they become the ``problem`` signal. The fields of the uncertainty itself, which the simulation ignores but the bands do not.</extracomment>
        <translation>无法计算不确定带：{why}</translation>
    </message>
    <message>
        <source>The bands failed ({kind}: {error})</source>
        <translation>不确定带计算失败（{kind}：{error}）</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <source>“{text}” has more than {n} decimals</source>
        <extracomment>How long a refused keystroke&apos;s reason stays in the status bar (ms).</extracomment>
        <translation>“{text}”的小数位超过 {n} 位</translation>
    </message>
    <message>
        <source>“{text}” is out of range; type a number from {low} to {high}</source>
        <translation>“{text}”超出范围；请输入 {low} 到 {high} 之间的数字</translation>
    </message>
    <message>
        <source>“{text}” is not a number; type a number from {low} to {high}</source>
        <translation>“{text}”不是数字；请输入 {low} 到 {high} 之间的数字</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Most outcome for a budget</source>
        <translation>给定预算下结果最大</translation>
    </message>
    <message>
        <source>Least spend to reach a target</source>
        <translation>达到目标的最少支出</translation>
    </message>
    <message>
        <source>Where an extra amount should go</source>
        <translation>追加金额应投向何处</translation>
    </message>
    <message>
        <source>Budget (total over the run)</source>
        <translation>预算（整个运行期间总额）</translation>
    </message>
    <message>
        <source>Target level ({low:g} to {high:g})</source>
        <translation>目标水平（{low:g} 至 {high:g}）</translation>
    </message>
    <message>
        <source>Extra (total over the run)</source>
        <translation>追加（整个运行期间总额）</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Below this width (pixels) the answer is shown under the form, not beside it.</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compare with current plan</source>
        <translation>与当前计划比较</translation>
    </message>
    <message>
        <source>Show the allocation beside the current plan in the plots and the comparison table</source>
        <translation>在图表和比较表中将分配方案与当前计划并列显示</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Optional limits per channel (totals over the run):</source>
        <translation>各渠道的可选限额（整个运行期间的总额）：</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Minimum of {name}</source>
        <translation>{name} 的最小值</translation>
    </message>
    <message>
        <source>Maximum of {name}</source>
        <translation>{name} 的最大值</translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation>请输入{what}。</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>A target is a level from {low:g} to {high:g} (got {value:g}).</source>
        <translation>目标是 {low:g} 到 {high:g} 之间的水平（输入为 {value:g}）。</translation>
    </message>
    <message>
        <source>{what} must not be negative (got {value:g}).</source>
        <translation>{what}不能为负（输入为 {value:g}）。</translation>
    </message>
    <message>
        <source>{name}: “{text}” is not a spend of 0 or more.</source>
        <translation>{name}：“{text}”不是 0 或以上的支出。</translation>
    </message>
    <message>
        <source>{name}: the minimum ({low}) is above the maximum ({high}).</source>
        <translation>{name}：最小值（{low}）大于最大值（{high}）。</translation>
    </message>
    <message>
        <source>A minimum does not go with an extra amount: the current spend is kept.</source>
        <translation>追加金额时不能设最小值：保留当前支出。</translation>
    </message>
    <message>
        <source>The minima add up to {low}, above the budget of {budget}.</source>
        <translation>最小值合计为 {low}，超过预算 {budget}。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>A spend slider reaches three half-saturations a week (or twice the current spend).</extracomment>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Name, the stimuli it drives and their shares, cost unit, levels and note</source>
        <translation>名称、所驱动的刺激及其份额、费用单位、水平和备注</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this channel and every scenario&apos;s spend on it</source>
        <translation>移除此渠道及各情景在其上的支出</translation>
    </message>
    <message>
        <source>Carry-over θ: the share of last week&apos;s effect kept this week (0: none)</source>
        <translation>延续效应 θ：上周效果在本周保留的比例（0：无）</translation>
    </message>
    <message>
        <source>Half saturation: the weekly spend on one stimulus (its share, after carry-over) that buys half the lift</source>
        <translation>半饱和：获得一半提升所需的单个刺激每周支出（按其份额，计入延续效应后）</translation>
    </message>
    <message>
        <source>Shape: 1 bends from the first spend on; above 1 an S-curve (slow at first)</source>
        <translation>形状：1 表示从第一笔支出起即弯曲；大于 1 为 S 形曲线（起初缓慢）</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>延续效应</translation>
    </message>
    <message>
        <source>Half sat.</source>
        <translation>半饱和</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Spend on {name}</source>
        <translation>{name} 的支出</translation>
    </message>
    <message>
        <source>drives {stimuli}; spend in {unit}</source>
        <translation>驱动 {stimuli}；支出单位：{unit}</translation>
    </message>
    <message>
        <source>The allocator is searching for the best split…</source>
        <extracomment>Changes followed even when a run would not be: what spend buys, the levels a target takes.</extracomment>
        <translation>分配器正在寻找最佳分配…</translation>
    </message>
    <message>
        <source>The model or the outcome changed while the allocator ran: its answer is dropped. Allocate again.</source>
        <translation>分配器运行期间模型或结果已更改：其结果已丢弃。请重新分配。</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配方案</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>当前计划</translation>
    </message>
    <message>
        <source>The spend plan the allocation started from.</source>
        <translation>分配方案起始时的支出计划。</translation>
    </message>
    <message>
        <source>The model changed: bringing the curves up to date…</source>
        <translation>模型已更改：正在更新曲线…</translation>
    </message>
    <message>
        <source>The allocation&apos;s scenario, or the plan it started from, is gone: allocate again.</source>
        <translation>分配方案所属的情景或其起始计划已不存在：请重新分配。</translation>
    </message>
    <message>
        <source>The budget computation failed ({kind}: {error}).</source>
        <translation>预算计算失败（{kind}：{error}）。</translation>
    </message>
    <message>
        <source>Now: {label} = {value}; a dot marks each channel&apos;s current spend.</source>
        <translation>当前：{label} = {value}；圆点标出各渠道的当前支出。</translation>
    </message>
    <message>
        <source>Verdict: {label} cannot reach {target} with any spend within the limits. The best reachable is {best}, spending {total} in all:</source>
        <translation>结论：在限额内，无论支出多少，{label} 都无法达到 {target}。可达到的最佳值为 {best}，总支出 {total}：</translation>
    </message>
    <message>
        <source>Least spend for {label} ≥ {target}: {total} ({change}).</source>
        <translation>使 {label} ≥ {target} 的最少支出：{total}（{change}）。</translation>
    </message>
    <message>
        <source>{label}: {change} with {extra} more.</source>
        <translation>{label}：追加 {extra} 后 {change}。</translation>
    </message>
    <message>
        <source>{label}: {change} for {total} in all.</source>
        <translation>{label}：总计 {total} 时 {change}。</translation>
    </message>
    <message>
        <source>Added as the scenario “{name}”.</source>
        <translation>已添加为情景“{name}”。</translation>
    </message>
    <message>
        <source>Add channel</source>
        <extracomment>Channel fields a row shows in place; any other change rebuilds the rows.</extracomment>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>The construct spend is measured by</source>
        <translation>衡量支出效果的构念</translation>
    </message>
    <message>
        <source>at week </source>
        <translation>在第 </translation>
    </message>
    <message>
        <source>run average</source>
        <translation>运行平均值</translation>
    </message>
    <message>
        <source>Measure the outcome&apos;s average over the whole run instead</source>
        <translation>改为衡量结果在整个运行期间的平均值</translation>
    </message>
    <message>
        <source>This model has no channels yet. A channel says what money buys: its spend per week moves a stimulus, with carry-over from week to week and diminishing returns. Add one to see response curves and let the allocator split a budget.</source>
        <translation>此模型还没有渠道。渠道说明资金能买到什么：其每周支出推动一个刺激，效果逐周延续且收益递减。添加一个渠道即可查看响应曲线，并让分配器分配预算。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果变量</translation>
    </message>
    <message>
        <source>Spend and curves</source>
        <translation>支出与曲线</translation>
    </message>
    <message>
        <source>Next {amount} a week: {change}</source>
        <translation>每周再增加 {amount}：{change}</translation>
    </message>
    <message>
        <source>Total spend over the run ({unit})</source>
        <extracomment>Okabe–Ito, one per channel in turn. The curves&apos; key is drawn in plots at least this wide (pixels, at text scale 1).</extracomment>
        <translation>整个运行期间的总支出（{unit}）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>A channel drives a stimulus, and this model has none: give a construct the role “stimulus” first.</source>
        <translation>渠道驱动的是刺激，而此模型中没有刺激：请先将某个构念的角色设为“刺激”。</translation>
    </message>
    <message>
        <source>Spend on {label}</source>
        <translation>{label} 的支出</translation>
    </message>
    <message>
        <source>Added in the Budget dock: set its numbers from your own data.</source>
        <translation>在“预算”面板中添加：请根据您自己的数据设置其数值。</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel “{name}”</source>
        <extracomment>Shares are shown to 0.1 %: a total within half of that per share of 100 % is whole (thirds show 33.3 % each); the shares are scaled to sum to 1 on OK.</extracomment>
        <translation>渠道“{name}”</translation>
    </message>
    <message>
        <source>What one unit of spend is, e.g. € per week</source>
        <translation>一个支出单位是什么，例如 € per week（每周欧元）</translation>
    </message>
    <message>
        <source>The level of the stimuli it drives when nothing is spent</source>
        <translation>不支出时它所驱动的刺激的水平</translation>
    </message>
    <message>
        <source>The level approached as spend grows without end</source>
        <translation>支出无限增加时趋近的水平</translation>
    </message>
    <message>
        <source>Where its numbers come from (a study, last year&apos;s campaign …)</source>
        <extracomment>the levels as the spins show them (rounded to their decimals)</extracomment>
        <translation>这些数字的来源（某项研究、去年的活动……）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>Cost unit</source>
        <translation>费用单位</translation>
    </message>
    <message>
        <source>Level with no spend</source>
        <translation>无支出时的水平</translation>
    </message>
    <message>
        <source>Level it approaches</source>
        <translation>趋近的水平</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Share of the spend on {name}</source>
        <translation>{name} 所占的支出份额</translation>
    </message>
    <message>
        <source>Share evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Give each stimulus it drives the same share</source>
        <translation>让它驱动的每个刺激获得相同份额</translation>
    </message>
    <message>
        <source>The shares add up to {total} %</source>
        <translation>份额合计 {total} %</translation>
    </message>
    <message>
        <source>(tick at least one stimulus for it to drive)</source>
        <translation>（请至少勾选一个要驱动的刺激）</translation>
    </message>
    <message>
        <source>(each stimulus ticked needs a share)</source>
        <translation>（每个勾选的刺激都需要份额）</translation>
    </message>
    <message>
        <source>(they must add up to 100 %)</source>
        <translation>（合计必须为 100 %）</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Allocate into “{name}”</source>
        <translation>分配到“{name}”</translation>
    </message>
    <message>
        <source>Add “{label}”</source>
        <translation>添加“{label}”</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Connect {source} → {target}</source>
        <translation>连接 {source} → {target}</translation>
    </message>
    <message>
        <source>Add synergy junction</source>
        <translation>添加协同节点</translation>
    </message>
    <message>
        <source>Change {item}{fields}</source>
        <translation>更改 {item}{fields}</translation>
    </message>
    <message>
        <source>Set weight of {name}</source>
        <translation>设置 {name} 的权重</translation>
    </message>
    <message>
        <source>Set level of {name}</source>
        <translation>设置 {name} 的水平</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>The view-state fields the diagram draws. &quot;Show in Synergy&quot; on a junction&apos;s menu: the window brings the Synergy dock forward. The text size changed the nodes&apos; sizes and the arrows are routed again: a view that was showing the whole diagram fits it again.</extracomment>
        <translation>移动</translation>
    </message>
    <message>
        <source>New scenario “{name}”</source>
        <translation>新建情景“{name}”</translation>
    </message>
    <message>
        <source>Delete scenario “{name}”</source>
        <translation>删除情景“{name}”</translation>
    </message>
    <message>
        <source>Move scenario “{name}”</source>
        <translation>移动情景“{name}”</translation>
    </message>
    <message>
        <source>Set schedule of {name} in “{scenario}”</source>
        <translation>在“{scenario}”中设置 {name} 的安排</translation>
    </message>
    <message>
        <source>Clamp {name} in “{scenario}”</source>
        <translation>在“{scenario}”中固定 {name}</translation>
    </message>
    <message>
        <source>Override weight of {name} in “{scenario}”</source>
        <translation>在“{scenario}”中覆盖 {name} 的权重</translation>
    </message>
    <message>
        <source>Add channel “{name}”</source>
        <translation>添加渠道“{name}”</translation>
    </message>
    <message>
        <source>Remove channel {name}</source>
        <translation>移除渠道 {name}</translation>
    </message>
    <message>
        <source>Change {item} {fields}</source>
        <translation>更改 {item} {fields}</translation>
    </message>
    <message>
        <source>Set spend on {name} in “{scenario}”</source>
        <translation>在“{scenario}”中设置 {name} 的支出</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>复制“{name}”</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>将“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Edit channel “{name}”</source>
        <translation>编辑渠道“{name}”</translation>
    </message>
    <message>
        <source>Edit the description of “{name}”</source>
        <extracomment>The undo texts of the scenario&apos;s fields edited here.</extracomment>
        <translation>编辑“{name}”的描述</translation>
    </message>
    <message>
        <source>Edit the segment of “{name}”</source>
        <translation>编辑“{name}”的细分群体</translation>
    </message>
</context>
<context>
    <name>CompareControls</name>
    <message>
        <source>Simulating… %p%</source>
        <translation>正在模拟… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this run; the plots keep the last run that finished</source>
        <translation>停止本次运行；图表保留上一次完成的运行结果</translation>
    </message>
    <message>
        <source>The scenario the others are measured against (Δ ref)</source>
        <translation>其他情景与之比较的参照情景（Δ 参照）</translation>
    </message>
    <message>
        <source>The table&apos;s “≥” column: the first week a level reaches this</source>
        <translation>表中“≥”列：水平首次达到此值的周</translation>
    </message>
    <message>
        <source>One plot per construct</source>
        <translation>每个构念一张图</translation>
    </message>
    <message>
        <source>Small multiples: easier to read when many lines tangle</source>
        <translation>小多图：线条交织较多时更易阅读</translation>
    </message>
    <message>
        <source>Differences on diagram</source>
        <translation>在模型图上显示差异</translation>
    </message>
    <message>
        <source>The diagram shows, at the time cursor, how far the selected scenario is from the reference</source>
        <translation>模型图在时间光标处显示所选情景与参照情景的差距</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Save the comparison table as CSV for a spreadsheet</source>
        <translation>将比较表保存为 CSV，供电子表格使用</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>Reaches ≥</source>
        <translation>达到 ≥</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>Δ ref</source>
        <translation>Δ 参照</translation>
    </message>
    <message>
        <source>Settles</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>The level at the end of the run</source>
        <translation>运行结束时的水平</translation>
    </message>
    <message>
        <source>The final level minus the reference scenario&apos;s</source>
        <translation>最终水平减去参照情景的最终水平</translation>
    </message>
    <message>
        <source>The level it settles at if the stimuli stay as they end, and the week it gets there (to within 0.005); “no” when it oscillates or keeps moving</source>
        <translation>若刺激保持结束时的状态，其最终稳定的水平及到达的周（误差 0.005 以内）；振荡或持续变化时为“否”</translation>
    </message>
    <message>
        <source>The first week the level is at or above the threshold; “never” within the run</source>
        <translation>水平首次达到或超过阈值的周；运行期间未达到则为“从未”</translation>
    </message>
    <message>
        <source>The average level over the run (the area under the line divided by its length)</source>
        <translation>运行期间的平均水平（曲线下面积除以时长）</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>情景比较</translation>
    </message>
    <message>
        <source>Construct</source>
        <translation>构念</translation>
    </message>
    <message>
        <source> (reference)</source>
        <translation>（参照）</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{level} after {short} {time}</source>
        <translation>{level}（第 {time} {short}后）</translation>
    </message>
    <message>
        <source>{level} {short} {time}</source>
        <translation>{level}（第 {time} {short}）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{short} {time}</source>
        <translation>第 {time} {short}</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
</context>
<context>
    <name>ConstructItem</name>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>(Help ▸ Glossary, F1)</source>
        <translation>（帮助 ▸ 术语表，F1）</translation>
    </message>
    <message>
        <source>{difference} against the reference scenario at the time cursor</source>
        <extracomment>levels run -1..1 (FCM&apos;s bipolar range): the bar fills from its middle, to the left for a negative level</extracomment>
        <translation>在时间光标处相对参照情景的差异为 {difference}</translation>
    </message>
    <message>
        <source>Drag onto another construct to connect them (or Shift+drag the node)</source>
        <translation>拖到另一个构念上即可连接（或按住 Shift 拖动节点）</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>a file without suffix</source>
        <extracomment>Space around the figure and between its title and the diagram (figure units: pixels). A tall diagram is drawn smaller rather than as a strip no slide can hold.</extracomment>
        <translation>没有后缀的文件</translation>
    </message>
    <message>
        <source>a diagram is exported as PNG, SVG or PDF, not {what}</source>
        <translation>模型图只能导出为 PNG、SVG 或 PDF，而不是 {what}</translation>
    </message>
    <message>
        <source>the diagram is empty: add a construct before exporting it</source>
        <translation>模型图为空：请先添加构念再导出</translation>
    </message>
    <message>
        <source>could not write the figure to {folder}</source>
        <translation>无法将图写入 {folder}</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Synergy Explorer models (*.synergy.json);;JSON files (*.json);;All files (*)</source>
        <translation>Synergy Explorer 模型 (*.synergy.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open model</source>
        <extracomment>The document&apos;s data was replaced (New, Open, Open Preset); views may reset their state. A file was opened or saved; recent files changed. Runs an opening once the window has finished what is under way (an in-place edit). File ▸ Import and Export As (study models, tables, the PDF report).</extracomment>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Opened with a warning: {problem}</source>
        <translation>已打开，但有一个警告：{problem}</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>导出模型图</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>情景：{name}</translation>
    </message>
    <message>
        <source>Figure saved as {name}</source>
        <translation>图表已保存为 {name}</translation>
    </message>
    <message>
        <source>Tick two or more scenarios to compare.</source>
        <translation>请勾选两个或以上的情景进行比较。</translation>
    </message>
    <message>
        <source>Export comparison table</source>
        <translation>导出比较表</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Comparison saved as {name}</source>
        <translation>比较表已保存为 {name}</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Preset</source>
        <translation>打开预设模型(&amp;P)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>it has {count} constructs, and the window shows models of up to {most} (a bigger diagram takes minutes to build and gigabytes to hold). The command line works with it: synergy-explorer validate, simulate and compare</source>
        <extracomment>Constructs up to which the window opens a model. Measured on 2 busy cores (load 2): 1,000 constructs and 2,237 paths take 3.6 s to the window and 4.5 s to the first plot in 330 MB; 2,000 take 10 s and 560 MB, 4,999 half a minute and 1.6 GB. The command line (validate, simulate, compare) takes files up to the format&apos;s own limit of 5,000.</extracomment>
        <translation>该模型有 {count} 个构念，而窗口最多只能显示 {most} 个构念的模型（更大的模型图需要数分钟才能构建，并占用数 GB 内存）。命令行可以处理它：synergy-explorer validate、simulate 和 compare</translation>
    </message>
</context>
<context>
    <name>DriversController</name>
    <message>
        <source>the model has not been run yet</source>
        <translation>模型尚未运行</translation>
    </message>
    <message>
        <source>the model changed: the drivers follow with the next run</source>
        <translation>模型已更改：驱动因素将在下次运行后更新</translation>
    </message>
    <message>
        <source>The model cannot be run.</source>
        <translation>模型无法运行。</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Choose the survey data first.</source>
        <extracomment>What is still to choose before estimating, by the fields left empty.</extracomment>
        <translation>请先选择问卷数据。</translation>
    </message>
    <message>
        <source>Choose the model first.</source>
        <translation>请先选择模型。</translation>
    </message>
    <message>
        <source>Choose the survey data and the model first.</source>
        <translation>请先选择问卷数据和模型。</translation>
    </message>
    <message>
        <source>Pick the survey (CSV, one row per respondent, one column per item) and the model in lavaan syntax (&apos;=~&apos; lines name each construct&apos;s items, &apos;~&apos; lines its paths). Each construct is the mean of its items; each &apos;~&apos; line is a standardised OLS regression.</source>
        <translation>选择问卷数据（CSV，每行一位受访者，每列一个题项）和 lavaan 语法的模型（&apos;=~&apos; 行列出各构念的题项，&apos;~&apos; 行列出其路径）。每个构念取其题项的均值；每个 &apos;~&apos; 行为一次标准化 OLS 回归。</translation>
    </message>
    <message>
        <source>Estimate from Survey</source>
        <extracomment>The thread the estimation ran in (for a test: never the GUI thread).</extracomment>
        <translation>从问卷数据估计</translation>
    </message>
    <message>
        <source>The estimates appear here.</source>
        <translation>估计结果将显示在此处。</translation>
    </message>
    <message>
        <source>Survey data</source>
        <translation>问卷数据</translation>
    </message>
    <message>
        <source>Survey data (*.csv);;All files (*)</source>
        <translation>问卷数据 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Survey &amp;data:</source>
        <translation>问卷数据(&amp;D)：</translation>
    </message>
    <message>
        <source>Model in lavaan syntax</source>
        <translation>lavaan 语法的模型</translation>
    </message>
    <message>
        <source>lavaan syntax (*.lav *.lavaan);;All files (*)</source>
        <translation>lavaan 语法 (*.lav *.lavaan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Model (lavaan):</source>
        <translation>模型（lavaan）(&amp;M)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Resamples for the confidence intervals (0: none)</source>
        <translation>用于置信区间的重抽样次数（0：不计算）</translation>
    </message>
    <message>
        <source>The same seed gives the same intervals</source>
        <translation>相同的种子得到相同的区间</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>&amp;Bootstrap resamples:</source>
        <translation>Bootstrap 重抽样次数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>估计(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <source>The estimates as lavaan&apos;s standardizedSolution() CSV</source>
        <translation>以 lavaan 的 standardizedSolution() CSV 格式导出估计结果</translation>
    </message>
    <message>
        <source>&amp;Replace the Open Model</source>
        <translation>替换当前模型(&amp;R)</translation>
    </message>
    <message>
        <source>The estimated model takes the place of the open one</source>
        <translation>用估计得到的模型替换当前打开的模型</translation>
    </message>
    <message>
        <source>Mer&amp;ge into It</source>
        <translation>合并到当前模型(&amp;G)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Estimating with {n} bootstrap resamples…</source>
        <translation>正在以 {n} 次 bootstrap 重抽样进行估计…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was estimated.</source>
        <translation>已取消；未进行任何估计。</translation>
    </message>
    <message>
        <source>Estimated. Export the table, or apply the weights to the model.</source>
        <translation>估计完成。可导出表格，或将权重应用到模型。</translation>
    </message>
    <message>
        <source>Export estimates table</source>
        <translation>导出估计结果表</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Estimates table saved as {name}.</source>
        <translation>估计结果表已保存为 {name}。</translation>
    </message>
    <message>
        <source>estimates from {file}</source>
        <translation>来自 {file} 的估计</translation>
    </message>
    <message>
        <source>Applied to the model; Edit ▸ Undo gives the earlier model back.</source>
        <translation>已应用到模型；编辑 ▸ 撤销可恢复之前的模型。</translation>
    </message>
    <message>
        <source>Not estimated: {why}</source>
        <translation>未估计：{why}</translation>
    </message>
    <message>
        <source>Not estimated ({kind}: {error})</source>
        <translation>未估计（{kind}：{error}）</translation>
    </message>
</context>
<context>
    <name>FcmRunChoice</name>
    <message>
        <source>Modified Kosko: A(t+1) = f(A(t) + W·A(t)) (FCMpy&apos;s example)</source>
        <translation>修正 Kosko：A(t+1) = f(A(t) + W·A(t))（FCMpy 的示例）</translation>
    </message>
    <message>
        <source>Kosko: A(t+1) = f(W·A(t))</source>
        <translation>Kosko：A(t+1) = f(W·A(t))</translation>
    </message>
    <message>
        <source>Rescaled: A(t+1) = f((2A(t) − 1) + W·(2A(t) − 1))</source>
        <translation>重新缩放：A(t+1) = f((2A(t) − 1) + W·(2A(t) − 1))</translation>
    </message>
    <message>
        <source>S-O-R: this program&apos;s own rule (levels move toward f over time constants)</source>
        <translation>S-O-R：本程序自身的规则（水平按时间常数向 f 变化）</translation>
    </message>
    <message>
        <source>Sigmoid (logistic), levels 0…1</source>
        <translation>Sigmoid（Logistic），水平 0…1</translation>
    </message>
    <message>
        <source>Hyperbolic tangent, levels −1…1</source>
        <translation>双曲正切，水平 −1…1</translation>
    </message>
    <message>
        <source>Trivalent (−1, 0, 1)</source>
        <translation>三值（−1, 0, 1）</translation>
    </message>
    <message>
        <source>Bivalent (0, 1)</source>
        <translation>二值（0, 1）</translation>
    </message>
    <message>
        <source>How the map runs</source>
        <extracomment>FCMpy&apos;s documented example runs the sigmoid with λ = 1.</extracomment>
        <translation>认知图的运行方式</translation>
    </message>
    <message>
        <source>λ, the steepness of the sigmoid or tanh</source>
        <translation>λ，sigmoid 或 tanh 的陡度</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>更新规则</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Gain λ</source>
        <translation>增益 λ</translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>Plotted constructs</source>
        <translation>绘制的构念</translation>
    </message>
    <message>
        <source>Choose which constructs the plot shows</source>
        <translation>选择图表显示哪些构念</translation>
    </message>
</context>
<context>
    <name>GoalSeekPanel</name>
    <message>
        <source>the smallest change (any lever)</source>
        <translation>最小改变（任一杠杆）</translation>
    </message>
    <message>
        <source>What would it take?</source>
        <translation>需要怎样做？</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>by {unit}</source>
        <translation>截至第几{unit}</translation>
    </message>
    <message>
        <source>using</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Bring {label} to</source>
        <translation>将 {label} 提升到</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>请选择结果变量。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>The model changed since: Find again.</source>
        <translation>模型已更改：请重新查找。</translation>
    </message>
    <message>
        <source>Applied: {lever} at {level}</source>
        <translation>已应用：{lever} 设为 {level}</translation>
    </message>
    <message>
        <source>No answer: {why}</source>
        <translation>无结果：{why}</translation>
    </message>
    <message>
        <source>No stimulus can be set here: each follows a schedule.</source>
        <translation>此处无法设置任何刺激：每个刺激都遵循其安排。</translation>
    </message>
    <message>
        <source>{outcome} ≥ {target} by {unit} {week} (now {now})</source>
        <translation>第 {week} {unit}时 {outcome} ≥ {target}（当前 {now}）</translation>
    </message>
    <message>
        <source>no single lever reaches it; the closest are listed.</source>
        <translation>没有任何单一杠杆能达到；列出了最接近的。</translation>
    </message>
    <message>
        <source>{reachable} of {count} levers reach it alone.</source>
        <translation>{count} 个杠杆中有 {reachable} 个可单独达到。</translation>
    </message>
    <message>
        <source>set {lever} to {level} (change {change} from {current}).</source>
        <translation>将 {lever} 设为 {level}（较当前 {current} 变化 {change}）。</translation>
    </message>
    <message>
        <source>not reachable with {lever} alone. Its best, {best}, gives {gives}.</source>
        <translation>仅靠 {lever} 无法达到。其最佳值 {best} 可得到 {gives}。</translation>
    </message>
    <message>
        <source>Apply: {lever} to {level}</source>
        <translation>应用：将 {lever} 设为 {level}</translation>
    </message>
    <message>
        <source>The model changed during the search: Find again.</source>
        <translation>查找期间模型已更改：请重新查找。</translation>
    </message>
    <message>
        <source>not alone (best {best})</source>
        <translation>无法单独达到（最佳 {best}）</translation>
    </message>
</context>
<context>
    <name>GraphMenus</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <source>Itself (a self-loop)</source>
        <translation>自身（自环）</translation>
    </message>
    <message>
        <source>Add synergy junction</source>
        <translation>添加协同节点</translation>
    </message>
    <message>
        <source>Reverse the sign of the weight</source>
        <translation>反转权重的正负号</translation>
    </message>
    <message>
        <source>Make causal</source>
        <translation>改为因果</translation>
    </message>
    <message>
        <source>Make trust transfer</source>
        <translation>改为信任转移</translation>
    </message>
    <message>
        <source>Show in Synergy</source>
        <translation>在“协同”面板中显示</translation>
    </message>
    <message>
        <source>Add construct here</source>
        <translation>在此添加构念</translation>
    </message>
    <message>
        <source>Auto layout by role</source>
        <translation>按角色自动布局</translation>
    </message>
    <message>
        <source>Fit diagram to window</source>
        <translation>使模型图适应窗口</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <source>New construct</source>
        <translation>新构念</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Synergy Explorer Help</source>
        <translation>Synergy Explorer 帮助</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>重做刚撤销的编辑</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Search the guide and glossary</source>
        <translation>搜索指南和术语表</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Construct</source>
        <translation>构念</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Synergy junction</source>
        <translation>协同节点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>InspectorPages</name>
    <message>
        <source>One reference per line</source>
        <translation>每行一条参考文献</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Initial level</source>
        <translation>初始水平</translation>
    </message>
    <message>
        <source>τ rise</source>
        <translation>τ 上升</translation>
    </message>
    <message>
        <source>τ fall</source>
        <translation>τ 下降</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Gain λ</source>
        <translation>增益 λ</translation>
    </message>
    <message>
        <source>Threshold h</source>
        <translation>阈值 h</translation>
    </message>
    <message>
        <source>x⁰: the level of the average consumer</source>
        <translation>x⁰：普通消费者的水平</translation>
    </message>
    <message>
        <source>Time constant while the level rises (trust builds slowly)</source>
        <translation>水平上升时的时间常数（信任建立缓慢）</translation>
    </message>
    <message>
        <source>Time constant while the level falls</source>
        <translation>水平下降时的时间常数</translation>
    </message>
    <message>
        <source>Level (slider)</source>
        <translation>水平（滑块）</translation>
    </message>
    <message>
        <source>Open the glossary at this term</source>
        <translation>在术语表中打开此术语</translation>
    </message>
    <message>
        <source>none in the glossary</source>
        <translation>术语表中没有</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Std. deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>{members}
act together on {target}</source>
        <translation>{members}
共同作用于 {target}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>Uncertainty of the weight (standard deviation), if a study gives it</source>
        <translation>权重的不确定性（标准差），如研究中有给出</translation>
    </message>
    <message>
        <source>References: {list}</source>
        <translation>参考文献：{list}</translation>
    </message>
</context>
<context>
    <name>IpmaChart</name>
    <message>
        <source>Important, underperforming: act here</source>
        <extracomment>Pixel sizes of the text at text scale 1 (legible projected on a 1366-wide screen).</extracomment>
        <translation>重要但表现不佳：在此发力</translation>
    </message>
    <message>
        <source>No drivers to show yet.</source>
        <translation>暂无可显示的驱动因素。</translation>
    </message>
    <message>
        <source>Performance: level now</source>
        <translation>表现：当前水平</translation>
    </message>
    <message>
        <source>Importance: effect on {outcome}</source>
        <translation>重要性：对 {outcome} 的效应</translation>
    </message>
    <message>
        <source>{driver} ({kind})
importance {importance}: raising it by {step} moves {outcome} by about {change}
performance {performance}</source>
        <translation>{driver}（{kind}）
重要性 {importance}：将其提高 {step}，{outcome} 约变化 {change}
表现 {performance}</translation>
    </message>
</context>
<context>
    <name>JunctionItem</name>
    <message>
        <source>Synergy: {title}</source>
        <translation>协同：{title}</translation>
    </message>
    <message>
        <source>acts on {target} with weight {weight}</source>
        <translation>以权重 {weight} 作用于 {target}</translation>
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
    <name>LeversPanel</name>
    <message>
        <source>stimulus</source>
        <extracomment>Step in a driver that the panel speaks of (&quot;raising it by 0.10 moves …&quot;). How a driver&apos;s kind reads in its row.
----------
How a driver&apos;s kind reads (the drivers&apos; rows and the importance chart&apos;s tooltip).</extracomment>
        <translation>刺激</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>中介</translation>
    </message>
    <message>
        <source>held</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Raising {lever} ({kind}) by {step} moves {outcome} by about {total}
(direct {direct}, through other constructs {indirect}); its level now is {level}.</source>
        <extracomment>A driver, under the name the panel&apos;s callers know it by.</extracomment>
        <translation>将 {lever}（{kind}）提高 {step}，{outcome} 约变化 {total}
（直接 {direct}，经由其他构念 {indirect}）；其当前水平为 {level}。</translation>
    </message>
    <message>
        <source>most?</source>
        <translation>影响最大？</translation>
    </message>
    <message>
        <source>Which driver moves</source>
        <translation>哪个驱动因素对</translation>
    </message>
    <message>
        <source>Add stimuli and paths to see which driver matters most.</source>
        <translation>添加刺激和路径，即可查看哪个驱动因素最重要。</translation>
    </message>
    <message>
        <source>No effects to show: {why}</source>
        <translation>没有可显示的效应：{why}</translation>
    </message>
    <message>
        <source>Nothing leads to {outcome} yet.</source>
        <translation>目前没有任何构念指向 {outcome}。</translation>
    </message>
    <message>
        <source>where the model settles</source>
        <translation>模型稳定时</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>在结束时</translation>
    </message>
    <message>
        <source>Change in {outcome} when a driver rises by {step}, {where}; longer bars matter more.</source>
        <translation>驱动因素提高 {step} 时 {outcome} 的变化（{where}）；条越长，影响越大。</translation>
    </message>
    <message>
        <source>This model has no stimuli leading here yet.</source>
        <translation>此模型尚无通向此处的刺激。</translation>
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
        <source>Budget</source>
        <translation>预算</translation>
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
    <name>Messages</name>
    <message>
        <source>The model you have open stays as it was.</source>
        <extracomment>How a refusal ends: a model was open and is kept, or nothing was open yet (start-up).</extracomment>
        <translation>当前打开的模型保持不变。</translation>
    </message>
    <message>
        <source>Nothing was open yet, so the default model opens instead.</source>
        <translation>尚未打开任何模型，因此改为打开默认模型。</translation>
    </message>
    <message>
        <source>the entry</source>
        <extracomment>The subject of a problem with a whole item of a list (&quot;In paths[1], the entry is …&quot;).</extracomment>
        <translation>该条目</translation>
    </message>
    <message>
        <source>the file</source>
        <extracomment>How the file&apos;s fields read as the subject of a sentence (&quot;the weight must be …&quot;).</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>the version number</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>the weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>the initial level</source>
        <translation>初始水平</translation>
    </message>
    <message>
        <source>the activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>the rise time constant</source>
        <translation>上升时间常数</translation>
    </message>
    <message>
        <source>the fall time constant</source>
        <translation>下降时间常数</translation>
    </message>
    <message>
        <source>the members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the levels</source>
        <translation>各水平</translation>
    </message>
    <message>
        <source>the level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>the horizon</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>the time step</source>
        <translation>时间步长</translation>
    </message>
    <message>
        <source>the time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <source>the schedules</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>the weight overrides</source>
        <translation>权重覆盖</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>At {where}, {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>At {where}, the file {message}</source>
        <translation>{where}：文件{message}</translation>
    </message>
    <message>
        <source>In {where}, {clause}</source>
        <translation>{where}中，{clause}</translation>
    </message>
    <message>
        <source>this file {message}</source>
        <translation>此文件{message}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>the {field}</source>
        <translation>字段 {field}</translation>
    </message>
    <message>
        <source>{subject} {message}</source>
        <translation>{subject}{message}</translation>
    </message>
    <message>
        <source>{subject} is wrong: {message}</source>
        <translation>{subject}有误：{message}</translation>
    </message>
    <message>
        <source> (the path from “{source}” to “{target}”)</source>
        <translation>（从“{source}”到“{target}”的路径）</translation>
    </message>
    <message>
        <source> (the synergy junction acting on “{target}”)</source>
        <translation>（作用于“{target}”的协同节点）</translation>
    </message>
    <message>
        <source> (the construct “{label}”)</source>
        <translation>（构念“{label}”）</translation>
    </message>
    <message>
        <source> (the scenario “{name}”)</source>
        <translation>（情景“{name}”）</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <source>The file “{name}” can&apos;t be opened.</source>
        <translation>无法打开文件“{name}”。</translation>
    </message>
    <message>
        <source>The file is at {folder}.</source>
        <translation>文件位于 {folder}。</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>“{name}” could not be saved.</source>
        <translation>无法保存“{name}”。</translation>
    </message>
    <message>
        <source>The file on disk was not changed; your edits are still open here.</source>
        <translation>磁盘上的文件未被更改；您的编辑仍保留在此处。</translation>
    </message>
    <message>
        <source>Cannot save file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>是否保存对“{name}”的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <source>Standardised (β, −1 to 1)</source>
        <translation>标准化（β，−1 至 1）</translation>
    </message>
    <message>
        <source>Unstandardised (up to ±100)</source>
        <translation>非标准化（最多 ±100）</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0 至 1</translation>
    </message>
    <message>
        <source>−1 to 1 (bipolar)</source>
        <translation>−1 至 1（双极）</translation>
    </message>
    <message>
        <source>Select a construct, path or synergy junction on the diagram to see and edit it here.</source>
        <translation>在模型图上选择一个构念、路径或协同节点，即可在此查看和编辑。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Default sd where unknown: the uncertainty (standard deviation) of every path and junction weight that has none of its own, for the plot&apos;s Bands, e.g. ±0.05; none: such weights are taken as certain</source>
        <translation>未知时的默认标准差：没有自身标准差的路径和节点权重的不确定性，用于图表的不确定带，例如 ±0.05；无：此类权重视为确定</translation>
    </message>
    <message>
        <source>Standardised weights are βs from −1 to 1; unstandardised ones are a study&apos;s raw coefficients (Bollen&apos;s ind60 → dem60 is 1.48), up to ±100</source>
        <translation>标准化权重为 −1 至 1 的 β；非标准化权重为研究的原始系数（Bollen 的 ind60 → dem60 为 1.48），最多 ±100</translation>
    </message>
    <message>
        <source>Levels from 0 to 1, or from −1 to 1 for tanh and trivalent maps (FCM&apos;s bipolar scale)</source>
        <translation>水平取 0 至 1；对 tanh 和三值映射取 −1 至 1（FCM 的双极尺度）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Default sd</source>
        <translation>默认标准差</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>水平</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>In scenario “{scenario}”, the spend on {channel!r}</source>
        <translation>在情景“{scenario}”中，{channel!r} 的支出</translation>
    </message>
    <message>
        <source>there is no channel with id {channel!r}</source>
        <translation>没有 id 为 {channel!r} 的渠道</translation>
    </message>
    <message>
        <source>there is no channel {name!r} (channels: {known})</source>
        <translation>没有渠道 {name!r}（现有渠道：{known}）</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>channel “{name}”</source>
        <translation>渠道“{name}”</translation>
    </message>
    <message>
        <source>{subject}, {place}: {reason}.</source>
        <translation>{subject}，{place}：{reason}。</translation>
    </message>
    <message>
        <source>there is no channel {name!r} (channels: none)</source>
        <translation>没有渠道 {name!r}（现有渠道：无）</translation>
    </message>
    <message>
        <source>There is already a channel with id {channel!r}.</source>
        <translation>已存在 id 为 {channel!r} 的渠道。</translation>
    </message>
    <message>
        <source>a channel cannot be put at position {position}</source>
        <translation>渠道不能放在位置 {position}</translation>
    </message>
    <message>
        <source>channel {item!r}: {field}</source>
        <translation>渠道 {item!r}：{field}</translation>
    </message>
    <message>
        <source>{construct!r} is driven by channel {channels}, and a channel drives only stimuli: take it out of the channel first</source>
        <translation>{construct!r} 由渠道 {channels} 驱动，而渠道只驱动刺激：请先将其从该渠道中移除</translation>
    </message>
    <message>
        <source>{subject} {reason}.</source>
        <translation>{subject}{reason}。</translation>
    </message>
    <message>
        <source>{subject}, {place} {reason}.</source>
        <translation>{subject}，{place} {reason}。</translation>
    </message>
    <message>
        <source>{place} cannot be set</source>
        <translation>{place} 无法设置</translation>
    </message>
    <message>
        <source>must be text (got {kind})</source>
        <translation>必须是文本（实际为 {kind}）</translation>
    </message>
    <message>
        <source>must be above 0 and at most 1 (got {share!r})</source>
        <translation>必须大于 0 且不超过 1（实际为 {share!r}）</translation>
    </message>
    <message>
        <source>must be a number (got {value!r})</source>
        <translation>必须是数字（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be a finite number (got {value!r})</source>
        <translation>必须是有限数字（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must not be negative (got {value!r}): spend is 0 or more</source>
        <translation>不能为负（实际为 {value!r}）：支出为 0 或以上</translation>
    </message>
    <message>
        <source>must be at most {most:g} (got {value!r})</source>
        <translation>必须不超过 {most:g}（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be at least 0 and below 1 (got {value!r}): carry-over θ ≥ 1 never fades</source>
        <translation>必须至少为 0 且小于 1（实际为 {value!r}）：延续效应 θ ≥ 1 时永不消退</translation>
    </message>
    <message>
        <source>must be greater than 0 (got 0): the spend that gives half the lift</source>
        <translation>必须大于 0（实际为 0）：它是获得一半提升所需的支出</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most {most:g} (got {value!r})</source>
        <translation>必须大于 0 且不超过 {most:g}（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be a name that is not empty (got {value!r})</source>
        <translation>必须是非空名称（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be 1-100 characters without spaces (got {value!r})</source>
        <translation>必须为 1 到 100 个字符且不含空格（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value!r})</source>
        <translation>必须是 {choices} 之一（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must name at least one stimulus with its share of the spend</source>
        <translation>必须至少指定一个刺激及其支出份额</translation>
    </message>
    <message>
        <source>the shares must sum to 1 (they sum to {total:g})</source>
        <translation>各份额之和必须为 1（实际为 {total:g}）</translation>
    </message>
    <message>
        <source>there is no construct with id {cid!r}</source>
        <translation>没有 id 为 {cid!r} 的构念</translation>
    </message>
    <message>
        <source>{construct!r} is {role}: a channel drives only stimuli</source>
        <translation>{construct!r} 是{role}：渠道只驱动刺激</translation>
    </message>
    <message>
        <source>must be a whole number of weeks (got {value!r})</source>
        <translation>必须是整数周（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be between {low} and {high} weeks (got {value!r})</source>
        <translation>必须介于 {low} 到 {high} 周之间（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be a spend plan</source>
        <translation>必须是支出计划</translation>
    </message>
    <message>
        <source>must be a channel</source>
        <translation>必须是渠道</translation>
    </message>
    <message>
        <source>must hold at least one week&apos;s spend</source>
        <translation>必须至少包含一周的支出</translation>
    </message>
    <message>
        <source>the id {channel!r} is already used by channels[{index}]</source>
        <translation>id {channel!r} 已被 channels[{index}] 使用</translation>
    </message>
    <message>
        <source>is too long for a model this size: {steps:,} steps of {constructs:,} constructs would need about {gigabytes:.1f} GB of memory; at most {most:,} steps</source>
        <translation>对于这么大的模型来说太长：{constructs:,} 个构念运行 {steps:,} 步约需 {gigabytes:.1f} GB 内存；最多 {most:,} 步</translation>
    </message>
    <message>
        <source>{problem}; negative levels need settings.level_range &quot;bipolar&quot;</source>
        <translation>{problem}；负水平需要 settings.level_range &quot;bipolar&quot;</translation>
    </message>
    <message>
        <source>{problem}; unstandardised weights need settings.weight_scale &quot;unstandardised&quot;</source>
        <translation>{problem}；非标准化权重需要 settings.weight_scale &quot;unstandardised&quot;</translation>
    </message>
    <message>
        <source>is too small (got {value!r}); a time constant is at least {least:g}</source>
        <translation>太小（实际为 {value!r}）；时间常数至少为 {least:g}</translation>
    </message>
    <message>
        <source>must be between 0 and {most} (got {value!r})</source>
        <translation>必须介于 0 与 {most} 之间（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be a whole number of steps (got {value!r})</source>
        <translation>必须是整数步（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be between 1 and {most} steps (got {value!r})</source>
        <translation>必须介于 1 到 {most} 步之间（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>太长（{length} 个字符；最多 {most} 个）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <source>must be a pair [x, y] (got {value!r})</source>
        <translation>必须是一对坐标 [x, y]（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>Euler steps need Δt/τ ≤ 1, but Δt = {dt:g} and {name} = {tau:g} give {ratio:g}; use a smaller dt, a larger {name} or the exact step mode</source>
        <translation>欧拉步进要求 Δt/τ ≤ 1，但 Δt = {dt:g} 与 {name} = {tau:g} 得出 {ratio:g}；请使用更小的 dt、更大的 {name} 或精确步进模式</translation>
    </message>
    <message>
        <source>must be an activation</source>
        <translation>必须是激活函数</translation>
    </message>
    <message>
        <source>must be a schedule</source>
        <translation>必须是安排</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>is not a field of a {target}</source>
        <translation>不是 {target} 的字段</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g} (got {value!r})</source>
        <translation>必须介于 {low:g} 与 {high:g} 之间（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>coordinate {problem}</source>
        <translation>坐标{problem}</translation>
    </message>
    <message>
        <source>coordinate must be within ±1000000 (got {coordinate!r})</source>
        <translation>坐标必须在 ±1000000 以内（实际为 {coordinate!r}）</translation>
    </message>
    <message>
        <source>must hold at least one level for a series</source>
        <translation>作为序列时必须至少包含一个水平</translation>
    </message>
    <message>
        <source>the id {id!r} is already in use</source>
        <translation>id {id!r} 已被使用</translation>
    </message>
    <message>
        <source>there is already a path from {source!r} to {target!r}</source>
        <translation>从 {source!r} 到 {target!r} 的路径已存在</translation>
    </message>
    <message>
        <source>{target} {item!r}: {field}</source>
        <translation>{target} {item!r}：{field}</translation>
    </message>
    <message>
        <source>construct {item!r}: {field}</source>
        <translation>构念 {item!r}：{field}</translation>
    </message>
    <message>
        <source>path {item!r}: {field}</source>
        <translation>路径 {item!r}：{field}</translation>
    </message>
    <message>
        <source>junction {item!r}: {field}</source>
        <translation>节点 {item!r}：{field}</translation>
    </message>
    <message>
        <source>scenario {item!r}: {field}</source>
        <translation>情景 {item!r}：{field}</translation>
    </message>
    <message>
        <source>settings: {field}</source>
        <translation>设置：{field}</translation>
    </message>
    <message>
        <source>model details: {field}</source>
        <translation>模型信息：{field}</translation>
    </message>
    <message>
        <source>there is no path or junction with id {name!r}</source>
        <translation>没有 id 为 {name!r} 的路径或节点</translation>
    </message>
    <message>
        <source>{place} {problem}</source>
        <translation>{place} {problem}</translation>
    </message>
    <message>
        <source>there is no path with id {id!r}</source>
        <translation>没有 id 为 {id!r} 的路径</translation>
    </message>
    <message>
        <source>there is no junction with id {id!r}</source>
        <translation>没有 id 为 {id!r} 的节点</translation>
    </message>
    <message>
        <source>{construct!r} is a stimulus: stimuli are set from outside and take no paths in</source>
        <translation>{construct!r} 是刺激：刺激由外部设定，不接受指向它的路径</translation>
    </message>
    <message>
        <source>{construct!r} cannot become a stimulus while paths lead into it ({paths}); stimuli are set from outside</source>
        <translation>有路径指向 {construct!r}（{paths}）时，它不能成为刺激；刺激由外部设定</translation>
    </message>
    <message>
        <source>a synergy junction needs at least two members</source>
        <translation>协同节点至少需要两个成员</translation>
    </message>
    <message>
        <source>a synergy junction cannot list the same member twice</source>
        <translation>协同节点不能两次列出同一个成员</translation>
    </message>
    <message>
        <source>{construct!r} cannot be both a member and the target of a junction</source>
        <translation>{construct!r} 不能同时是节点的成员和目标</translation>
    </message>
    <message>
        <source>{construct!r} is a stimulus and cannot be a junction&apos;s target</source>
        <translation>{construct!r} 是刺激，不能作为节点的目标</translation>
    </message>
    <message>
        <source>a stimulus</source>
        <translation>刺激</translation>
    </message>
    <message>
        <source>an organism</source>
        <translation>机体</translation>
    </message>
    <message>
        <source>a response</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>a {role}</source>
        <translation>“{role}”</translation>
    </message>
    <message>
        <source>an {role}</source>
        <translation>“{role}”</translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}：{message}</translation>
    </message>
    <message>
        <source>{first}
  {rest}</source>
        <translation>{first}
  {rest}</translation>
    </message>
    <message>
        <source>{filename}: cannot be opened</source>
        <translation>{filename}：无法打开</translation>
    </message>
    <message>
        <source>holds a broken character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>含有损坏的字符（孤立的 UTF-16 代理项，例如 \ud800）</translation>
    </message>
    <message>
        <source>a key holds a broken character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>某个键含有损坏的字符（孤立的 UTF-16 代理项，例如 \ud800）</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>is not valid JSON: {reason}</source>
        <translation>不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>must be a JSON object {{...}}, not {kind}</source>
        <translation>必须是 JSON 对象 {{...}}，而不是{kind}</translation>
    </message>
    <message>
        <source>the file ends inside a text in quotes; it looks cut off</source>
        <translation>文件在引号内的文本中结束；看起来被截断了</translation>
    </message>
    <message>
        <source>the file ends too early; it looks cut off ({reason})</source>
        <translation>文件过早结束；看起来被截断了（{reason}）</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>此处应为值</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>此处应为用双引号括起的属性名</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>此处应为 &apos;:&apos; 分隔符</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>此处应为 &apos;,&apos; 分隔符</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>多余的数据</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>无效的控制字符</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>无效的 \ 转义</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>无效的 \uXXXX 转义</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>对象结尾前有不允许的尾随逗号</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>数组结尾前有不允许的尾随逗号</translation>
    </message>
    <message>
        <source>is a folder, not a model file</source>
        <translation>是文件夹，不是模型文件</translation>
    </message>
    <message>
        <source>is too large ({size:.1f} MB); model files are at most 20 MB</source>
        <translation>太大（{size:.1f} MB）；模型文件最大为 20 MB</translation>
    </message>
    <message>
        <source>is too large; model files are at most 20 MB</source>
        <translation>太大；模型文件最大为 20 MB</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is a binary file (or UTF-16), not a model file</source>
        <translation>含有 NUL 字节：这是二进制文件（或 UTF-16 文件），不是模型文件</translation>
    </message>
    <message>
        <source>is empty; a model file holds a JSON object</source>
        <translation>为空；模型文件应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>is missing; a model file says &quot;format&quot;: &quot;{name}&quot;</source>
        <translation>缺失；模型文件应写明 &quot;format&quot;: &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>is {given!r}, not {name!r}: not a Synergy Explorer model file</source>
        <translation>为 {given!r}，而不是 {name!r}：这不是 Synergy Explorer 模型文件</translation>
    </message>
    <message>
        <source>is missing; it says which file version this is</source>
        <translation>缺失；它说明这是哪个版本的文件</translation>
    </message>
    <message>
        <source>must be a whole number 1 or more (got {version!r})</source>
        <translation>必须是 1 或以上的整数（实际为 {version!r}）</translation>
    </message>
    <message>
        <source>was written by a newer Synergy Explorer (version {version}); this one reads up to {newest}</source>
        <translation>由更新版本的 Synergy Explorer（版本 {version}）写入；本程序最高只能读取版本 {newest}</translation>
    </message>
    <message>
        <source>version {version} files can no longer be read by this program</source>
        <translation>本程序已无法读取版本 {version} 的文件</translation>
    </message>
    <message>
        <source>holds {count} constructs; a model has at most {most}</source>
        <translation>包含 {count} 个构念；模型最多只能有 {most} 个</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>该文件不存在</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8</source>
        <translation>不是 UTF-8 文本（字节 0x{byte:02x}）；请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>is nested too deeply to be a model file</source>
        <translation>嵌套层级太深，不可能是模型文件</translation>
    </message>
    <message>
        <source>holds a number with too many digits to read</source>
        <translation>包含一个位数过多、无法读取的数字</translation>
    </message>
    <message>
        <source>must be a finite number (got {value}); NaN and Infinity are not allowed in a model file</source>
        <translation>必须是有限数字（实际为 {value}）；模型文件中不允许出现 NaN 和 Infinity</translation>
    </message>
    <message>
        <source>could not be upgraded from version {version}: {reason}</source>
        <translation>无法从版本 {version} 升级：{reason}</translation>
    </message>
    <message>
        <source>is given more than once in the same object</source>
        <translation>在同一对象中出现了多次</translation>
    </message>
    <message>
        <source>there is no preset named {name!r} (known: none are installed)</source>
        <translation>没有名为 {name!r} 的预设模型（已有：未安装任何预设模型）</translation>
    </message>
    <message>
        <source>there is no preset named {name!r} (known: {known})</source>
        <translation>没有名为 {name!r} 的预设模型（已有：{known}）</translation>
    </message>
    <message>
        <source>... and {hidden:,} more of the same kind (not listed)</source>
        <translation>……另有 {hidden:,} 个同类问题（未列出）</translation>
    </message>
    <message>
        <source>... and {rest:,} more problems (not listed; fix these and check again)</source>
        <translation>……另有 {rest:,} 个问题（未列出；请修正以上问题后再次检查）</translation>
    </message>
    <message>
        <source>{id!r} in scenario “{scenario}”</source>
        <translation>情景“{scenario}”中的 {id!r}</translation>
    </message>
    <message>
        <source>channel {name!r}</source>
        <translation>渠道 {name!r}</translation>
    </message>
    <message>
        <source>{name!r} in story step {number}</source>
        <translation>故事步骤 {number} 中的 {name!r}</translation>
    </message>
    <message>
        <source>levels are bipolar (-1 to 1), but the {kind} activation keeps them in [0, 1]; bipolar levels suit tanh, trivalent and identity</source>
        <translation>水平为双极（-1 至 1），但 {kind} 激活函数将其限制在 [0, 1] 内；双极水平适合 tanh、三值和恒等激活函数</translation>
    </message>
    <message>
        <source>weights are unstandardised (the largest, {place}, is {weight:g}): levels may run to the bounds of their activation</source>
        <translation>权重为非标准化（最大的是 {place}，为 {weight:g}）：水平可能达到其激活函数的边界</translation>
    </message>
    <message>
        <source>the weight of {what} is {weight:g}, beyond ±{bound:g}: change it before calling the weights standardised</source>
        <translation>{what} 的权重为 {weight:g}，超出 ±{bound:g}：请先修改它，再将权重设为标准化</translation>
    </message>
    <message>
        <source>a level of {what} is {level:g}, below {low:g}: raise it before narrowing the level range</source>
        <translation>{what} 的某个水平为 {level:g}，低于 {low:g}：请先提高它，再缩小水平范围</translation>
    </message>
    <message>
        <source>A scenario&apos;s name</source>
        <translation>情景名称</translation>
    </message>
    <message>
        <source>A scenario&apos;s description</source>
        <translation>情景描述</translation>
    </message>
    <message>
        <source>A scenario&apos;s segment</source>
        <translation>情景的细分群体</translation>
    </message>
    <message>
        <source>A scenario&apos;s horizon</source>
        <translation>情景的运行时长</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the {field} of the schedule of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的安排的 {field}</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the clamp of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的固定值</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the weight override of {item}</source>
        <translation>在情景“{scenario}”中，{item}的权重覆盖</translation>
    </message>
    <message>
        <source>A scenario&apos;s {field}</source>
        <translation>情景的 {field}</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the kind of the schedule of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的安排的类型</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the level of the schedule of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的安排的水平</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the base level of the schedule of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的安排的基础水平</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the start of the schedule of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的安排的开始时间</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the duration of the schedule of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的安排的持续时间</translation>
    </message>
    <message>
        <source>must not be negative (got {value!r})</source>
        <translation>不能为负（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>there is no scenario named {name!r}</source>
        <translation>没有名为 {name!r} 的情景</translation>
    </message>
    <message>
        <source>There is already a scenario named “{name}”; choose another name.</source>
        <translation>已存在名为“{name}”的情景；请换一个名称。</translation>
    </message>
    <message>
        <source>{subject} {problem}</source>
        <translation>{subject}{problem}</translation>
    </message>
    <message>
        <source>{subject} {problem}.</source>
        <translation>{subject}{problem}。</translation>
    </message>
    <message>
        <source>a scenario cannot be put at position {position}</source>
        <translation>情景不能放在位置 {position}</translation>
    </message>
    <message>
        <source>“{name}” cannot move to position {position} of {count}.</source>
        <translation>“{name}”不能移到位置 {position}（共 {count} 个）。</translation>
    </message>
    <message>
        <source>“{label}” is {role}: only a stimulus can have a schedule.</source>
        <translation>“{label}”是{role}：只有刺激才能有安排。</translation>
    </message>
    <message>
        <source>The schedule of “{label}” is not a schedule.</source>
        <translation>“{label}”的安排不是有效的安排。</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the series of “{label}” has no levels.</source>
        <translation>在情景“{scenario}”中，“{label}”的序列没有水平。</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, row {row} of the series of “{label}”</source>
        <translation>在情景“{scenario}”中，“{label}”的序列的第 {row} 行</translation>
    </message>
    <message>
        <source>“{label}” is a stimulus and cannot be clamped: its schedule (or its slider) sets it. Clamp a construct that is not a stimulus, as in “suppose trust were 0.8”.</source>
        <translation>“{label}”是刺激，不能被固定：它由其安排（或滑块）设定。请固定一个非刺激的构念，例如“假设信任为 0.8”。</translation>
    </message>
    <message>
        <source>{construct!r} has a schedule in scenario {scenarios}; only a stimulus can have one: remove the schedule first</source>
        <translation>{construct!r} 在情景 {scenarios} 中有安排；只有刺激才能有安排：请先删除该安排</translation>
    </message>
    <message>
        <source>{construct!r} is clamped in scenario {scenarios}, and a stimulus cannot be clamped: release the clamp first</source>
        <translation>{construct!r} 在情景 {scenarios} 中被固定，而刺激不能被固定：请先解除固定</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>列表 [...]</translation>
    </message>
    <message>
        <source>an object {{...}}</source>
        <translation>对象 {{...}}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>is not a field of this format; the known fields are {known}</source>
        <translation>不是此格式的字段；已知字段为 {known}</translation>
    </message>
    <message>
        <source>must be {wanted} (got {value})</source>
        <translation>必须是{wanted}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be at most {high:g} (got {value})</source>
        <translation>必须不超过 {high:g}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>必须是 {choices} 之一（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be {expected!r} (got {value})</source>
        <translation>必须是 {expected!r}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be 1-100 characters without spaces (got {value})</source>
        <translation>必须为 1 到 100 个字符且不含空格（实际为 {value}）</translation>
    </message>
    <message>
        <source>must hold at most {most} entries (has {count})</source>
        <translation>最多只能包含 {most} 项（实际有 {count} 项）</translation>
    </message>
    <message>
        <source>{value} has too many properties</source>
        <translation>{value} 的属性过多</translation>
    </message>
    <message>
        <source>{value} has non-unique elements</source>
        <translation>{value} 含有重复的元素</translation>
    </message>
    <message>
        <source>{value} is not a multiple of {step}</source>
        <translation>{value} 不是 {step} 的倍数</translation>
    </message>
    <message>
        <source>{value} should not be valid under {schema!r}</source>
        <translation>{value} 不应符合 {schema!r}</translation>
    </message>
    <message>
        <source>False schema does not allow {value}</source>
        <translation>模式 False 不允许 {value}</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>不是此格式的字段</translation>
    </message>
    <message>
        <source>{either} or {other}</source>
        <translation>{either}或{other}</translation>
    </message>
    <message>
        <source>must be greater than {low:g} and at most {high:g} (got {value})</source>
        <translation>必须大于 {low:g} 且不超过 {high:g}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be at least {low:g} and below {high:g} (got {value})</source>
        <translation>必须至少为 {low:g} 且小于 {high:g}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be greater than {low:g} (got {value})</source>
        <translation>必须大于 {low:g}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be below {high:g} (got {value})</source>
        <translation>必须小于 {high:g}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g} (got {value})</source>
        <translation>必须介于 {low:g} 与 {high:g} 之间（实际为 {value}）</translation>
    </message>
    <message>
        <source>must be at least {low:g} (got {value})</source>
        <translation>必须至少为 {low:g}（实际为 {value}）</translation>
    </message>
    <message>
        <source>must hold at least {least} entries (has {count})</source>
        <translation>必须至少包含 {least} 项（实际有 {count} 项）</translation>
    </message>
    <message>
        <source>{value} does not have enough properties</source>
        <translation>{value} 的属性不足</translation>
    </message>
    <message>
        <source>{value} is expected to be empty</source>
        <translation>{value} 应为空</translation>
    </message>
    <message>
        <source>{value} should be non-empty</source>
        <translation>{value} 不应为空</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>{name!r} is {role}: only a stimulus has a slider level</source>
        <translation>{name!r} 是{role}：只有刺激才有滑块水平</translation>
    </message>
    <message>
        <source>must be true or false (got {value!r})</source>
        <translation>必须是 true 或 false（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be a finite number of time units (got {value!r})</source>
        <translation>必须是有限的时间单位数（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>must be at most {most} (got {value!r})</source>
        <translation>必须不超过 {most}（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>{name!r} is a path or junction, not a construct</source>
        <translation>{name!r} 是路径或节点，不是构念</translation>
    </message>
    <message>
        <source>{name!r} is a construct; a step highlights paths and junctions</source>
        <translation>{name!r} 是构念；步骤高亮的是路径和节点</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>必须是步骤列表</translation>
    </message>
    <message>
        <source>must be a list of ids</source>
        <translation>必须是 id 列表</translation>
    </message>
    <message>
        <source>must map stimulus ids to levels</source>
        <translation>必须将刺激 id 映射到水平</translation>
    </message>
    <message>
        <source>must be a scenario&apos;s name (got {value!r})</source>
        <translation>必须是情景名称（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Story step {number}</source>
        <translation>故事步骤 {number}</translation>
    </message>
    <message>
        <source>{subject}, {place}: {reason}</source>
        <translation>{subject}，{place}：{reason}</translation>
    </message>
    <message>
        <source>the story has no step {number}</source>
        <translation>故事没有步骤 {number}</translation>
    </message>
    <message>
        <source>a story step cannot be put at position {position}</source>
        <translation>故事步骤不能放在位置 {position}</translation>
    </message>
    <message>
        <source>a story step has no field {field!r}</source>
        <translation>故事步骤没有字段 {field!r}</translation>
    </message>
    <message>
        <source>a story step cannot move to position {position} of {count}</source>
        <translation>故事步骤不能移到位置 {position}（共 {count} 个）</translation>
    </message>
    <message>
        <source>the synergy term can reach {bound:.3g} (|{weight:g}| times the other members&apos; largest deviation) but {path}; raising {member} could then lower {target}. Keep |weight| small enough or strengthen that path</source>
        <translation>协同项可达 {bound:.3g}（|{weight:g}| 乘以其他成员的最大偏差），但{path}；因此提高 {member} 可能会降低 {target}。请将节点权重的绝对值保持得足够小，或加强这条路径</translation>
    </message>
    <message>
        <source>there is no path {source} → {target}</source>
        <translation>不存在路径 {source} → {target}</translation>
    </message>
    <message>
        <source>the path {source} → {target} has weight {weight:g}</source>
        <translation>路径 {source} → {target} 的权重为 {weight:g}</translation>
    </message>
    <message>
        <source>{name!r} is a stimulus: stimuli are set from outside and take nothing in</source>
        <translation>{name!r} 是刺激：刺激由外部设定，不接受任何输入</translation>
    </message>
    <message>
        <source>only a construct that is not a stimulus can be clamped; {name!r} is a stimulus, which its schedule sets</source>
        <translation>只有非刺激的构念才能被固定；{name!r} 是刺激，由其安排设定</translation>
    </message>
    <message>
        <source>there is no construct with id {name!r}</source>
        <translation>没有 id 为 {name!r} 的构念</translation>
    </message>
    <message>
        <source>{name!r} is a path, not a construct</source>
        <translation>{name!r} 是路径，不是构念</translation>
    </message>
    <message>
        <source>{name!r} is a junction, not a construct</source>
        <translation>{name!r} 是节点，不是构念</translation>
    </message>
    <message>
        <source>a synergy junction needs at least two different members</source>
        <translation>协同节点至少需要两个不同的成员</translation>
    </message>
    <message>
        <source>there is already a path from {source!r} to {target!r} (paths[{index}])</source>
        <translation>从 {source!r} 到 {target!r} 的路径已存在（paths[{index}]）</translation>
    </message>
    <message>
        <source>the name {name!r} is already used by scenarios[{index}]</source>
        <translation>名称 {name!r} 已被 scenarios[{index}] 使用</translation>
    </message>
    <message>
        <source>the id {id!r} is already used by {place}</source>
        <translation>id {id!r} 已被 {place} 使用</translation>
    </message>
    <message>
        <source>{target!r} cannot be both a member and the target</source>
        <translation>{target!r} 不能既是成员又是目标</translation>
    </message>
    <message>
        <source>{member!r} is listed twice</source>
        <translation>{member!r} 被列出了两次</translation>
    </message>
    <message>
        <source>only a stimulus can have a schedule; {name!r} is {role}</source>
        <translation>只有刺激才能有安排；{name!r} 是{role}</translation>
    </message>
    <message>
        <source>As drawn</source>
        <translation>按图所示</translation>
    </message>
    <message>
        <source>at most {most} scenarios can be compared at once</source>
        <translation>最多可同时比较 {most} 个情景</translation>
    </message>
    <message>
        <source>“{scenario}” is not among the compared scenarios</source>
        <translation>“{scenario}”不在所比较的情景中</translation>
    </message>
    <message>
        <source>the threshold must be between 0 and 1 (got {value!r})</source>
        <translation>阈值必须介于 0 与 1 之间（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>a reveal mode is one of {choices} (got {value!r})</source>
        <translation>显示方式必须是 {choices} 之一（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>the week must be 0 or later (got {week!r})</source>
        <translation>周数必须不小于 0（实际为 {week!r}）</translation>
    </message>
    <message>
        <source>Allocator&apos;s split for an extra amount: {total:,.0f} in all.</source>
        <translation>分配器对追加金额的分配：总计 {total:,.0f}。</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>the extra amount</source>
        <translation>追加金额</translation>
    </message>
    <message>
        <source>Allocator&apos;s split for the most outcome: {total:,.0f} in all.</source>
        <translation>分配器为使结果最大而给出的分配：总计 {total:,.0f}。</translation>
    </message>
    <message>
        <source>Allocator&apos;s split for the target: {total:,.0f} in all.</source>
        <translation>分配器为达到目标而给出的分配：总计 {total:,.0f}。</translation>
    </message>
    <message>
        <source>the minimum of {name!r}</source>
        <translation>{name!r} 的最小值</translation>
    </message>
    <message>
        <source>the maximum of {name!r}</source>
        <translation>{name!r} 的最大值</translation>
    </message>
    <message>
        <source>the minimum of {channel!r} ({low:g}) is above its maximum ({high:g})</source>
        <translation>{channel!r} 的最小值（{low:g}）高于其最大值（{high:g}）</translation>
    </message>
    <message>
        <source>the minima add up to {total:,.6g}, above the budget of {budget:,.6g}</source>
        <translation>最小值合计为 {total:,.6g}，超过预算 {budget:,.6g}</translation>
    </message>
    <message>
        <source>{what} must be a finite number (got {value!r})</source>
        <translation>{what}必须是有限数字（实际为 {value!r}）</translation>
    </message>
    <message>
        <source>{what} must not be negative (got {value:g})</source>
        <translation>{what}不能为负（实际为 {value:g}）</translation>
    </message>
    <message>
        <source>{what} must be at most {most:g} (got {value:g})</source>
        <translation>{what}必须不超过 {most:g}（实际为 {value:g}）</translation>
    </message>
    <message>
        <source>the target must be a level from {low:g} to {high:g} (got {target!r})</source>
        <translation>目标必须是 {low:g} 到 {high:g} 之间的水平（实际为 {target!r}）</translation>
    </message>
    <message>
        <source>the maximum of {channel!r} ({most:,.6g}) is below its current spend ({current:,.6g}), which an extra amount keeps</source>
        <translation>{channel!r} 的最大值（{most:,.6g}）低于其当前支出（{current:,.6g}），而追加金额时会保留当前支出</translation>
    </message>
    <message>
        <source>channel {cid!r}</source>
        <translation>渠道 {cid!r}</translation>
    </message>
    <message>
        <source>scenario {name!r}: spend on {channel!r}</source>
        <translation>情景 {name!r}：{channel!r} 的支出</translation>
    </message>
    <message>
        <source>{where} {problem}</source>
        <translation>{where}{problem}</translation>
    </message>
    <message>
        <source>a total spend must not be negative (got {total!r})</source>
        <translation>总支出不能为负（实际为 {total!r}）</translation>
    </message>
    <message>
        <source>scenario {name!r} spends on no channel {channel!r}</source>
        <translation>情景 {name!r} 在不存在的渠道 {channel!r} 上有支出</translation>
    </message>
    <message>
        <source>spend plans are money a {unit} and carry over from {unit} to {unit}, so they need a time step (dt) of 1; this model&apos;s dt is {dt:g}: set it to 1 to run them</source>
        <translation>支出计划按每 {unit} 的金额计，并从一 {unit} 延续到下一 {unit}，因此需要时间步长（dt）为 1；此模型的 dt 为 {dt:g}：请将其设为 1 后再运行</translation>
    </message>
    <message>
        <source>there is nothing to compare: name at least one scenario</source>
        <translation>没有可比较的内容：请至少指定一个情景</translation>
    </message>
    <message>
        <source>the reference {name!r} is not compared ({shown})</source>
        <translation>参照情景 {name!r} 不在比较之列（{shown}）</translation>
    </message>
    <message>
        <source>there is no construct {cid!r} (constructs: {known})</source>
        <translation>没有构念 {cid!r}（已有构念：{known}）</translation>
    </message>
    <message>
        <source>a threshold for {cid!r}, which is not compared</source>
        <translation>为 {cid!r} 设了阈值，但它不在比较之列</translation>
    </message>
    <message>
        <source>the threshold for {cid!r} must be from 0 to 1 (got {level!r})</source>
        <translation>{cid!r} 的阈值必须在 0 到 1 之间（实际为 {level!r}）</translation>
    </message>
    <message>
        <source>{cid!r} under {key!r} is not compared</source>
        <translation>{key!r} 下的 {cid!r} 不在比较之列</translation>
    </message>
    <message>
        <source>the tolerance must be a number between 0 and 1 (got {tolerance!r})</source>
        <translation>容差必须是 0 到 1 之间的数字（实际为 {tolerance!r}）</translation>
    </message>
    <message>
        <source>the effects are undefined at this operating point: a feedback loop has a gain of 1, so a small push would never come to rest</source>
        <translation>在此工作点效应无定义：某个反馈回路的增益为 1，因此微小的推动永远不会平息</translation>
    </message>
    <message>
        <source>{cid!r} is not a construct of this model</source>
        <translation>{cid!r} 不是此模型的构念</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>there is no scenario named {name!r} (scenarios: {names})</source>
        <translation>没有名为 {name!r} 的情景（已有情景：{names}）</translation>
    </message>
    <message>
        <source>{lever!r} is not a stimulus that can be set (stimuli: {known})</source>
        <translation>{lever!r} 不是可设置的刺激（可设置的刺激：{known}）</translation>
    </message>
    <message>
        <source>there is no construct with id {cid!r} (constructs: {known})</source>
        <translation>没有 id 为 {cid!r} 的构念（已有构念：{known}）</translation>
    </message>
    <message>
        <source>{cid!r} is set from outside (a stimulus, a clamp or a fixed concept): choose an outcome the model computes</source>
        <translation>{cid!r} 由外部设定（刺激、固定值或固定的概念）：请选择由模型计算的结果变量</translation>
    </message>
    <message>
        <source>{lever!r} follows a schedule in this scenario; goal seek sets a constant level</source>
        <translation>{lever!r} 在此情景中遵循安排；目标求解设定的是恒定水平</translation>
    </message>
    <message>
        <source>(λ/4)‖B‖₂ = {contraction:.3g} ≥ 1: the logistic rule may have several fixed points</source>
        <translation>(λ/4)‖B‖₂ = {contraction:.3g} ≥ 1：logistic 规则可能有多个不动点</translation>
    </message>
    <message>
        <source>‖B‖₂ = {contraction:.3g} &lt; 1: one fixed point, and the levels settle at it whatever the time constants</source>
        <translation>‖B‖₂ = {contraction:.3g} &lt; 1：只有一个不动点，无论时间常数如何，各水平都会稳定于此</translation>
    </message>
    <message>
        <source>the loops damp: each step shrinks a small disturbance to at most {radius:.3g} of its size (ρ(B) = {spectral:.3g}, ρ(|B|) = {absolute:.3g} ≥ 1, so this holds for these time constants only)</source>
        <translation>回路是衰减的：每一步都把微小扰动缩小到至多原来的 {radius:.3g}（ρ(B) = {spectral:.3g}，ρ(|B|) = {absolute:.3g} ≥ 1，因此这只对当前的时间常数成立）</translation>
    </message>
    <message>
        <source>the model would settle in continuous time (max Re eig T⁻¹(B − I) = {growth:+.3g}), but the step Δt = {dt:g} is too coarse for the fastest constructs: one step multiplies a disturbance by {steps:.3g}; use a smaller Δt</source>
        <translation>模型在连续时间下会稳定（max Re eig T⁻¹(B − I) = {growth:+.3g}），但步长 Δt = {dt:g} 对最快的构念来说太粗：每一步把扰动乘以 {steps:.3g}；请使用更小的 Δt</translation>
    </message>
    <message>
        <source>at the activations&apos; steepest slopes the loops would amplify, but the levels settle after {steps} steps where the activations are flatter (each step shrinks a small disturbance there to {radius:.3g} of its size)</source>
        <translation>在激活函数斜率最陡处回路会放大扰动，但各水平在 {steps} 步后稳定于激活函数较平缓的区域（在那里每一步把微小扰动缩小到原来的 {radius:.3g}）</translation>
    </message>
    <message>
        <source>no feedback loop: each construct settles once the ones driving it have</source>
        <translation>没有反馈回路：驱动某个构念的构念都稳定后，该构念随之稳定</translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}；{note}</translation>
    </message>
    <message>
        <source>(λ/4)‖B‖₂ = {contraction:.3g} &lt; 1: the logistic rule has one fixed point, attracting for any fixed time constants</source>
        <translation>(λ/4)‖B‖₂ = {contraction:.3g} &lt; 1：logistic 规则只有一个不动点，在任何固定的时间常数下都具有吸引性</translation>
    </message>
    <message>
        <source>ρ(|B|) = {absolute:.3g} &lt; 1: the levels settle at one point whatever the time constants, rising and falling ones mixed</source>
        <translation>ρ(|B|) = {absolute:.3g} &lt; 1：无论时间常数如何（上升与下降时间常数混合亦然），各水平都会稳定于同一点</translation>
    </message>
    <message>
        <source>‖B‖₂ = {contraction:.3g} &lt; 1 ((λ/4)‖B‖₂ for the logistic rule): one fixed point, and the levels settle at it whatever the time constants</source>
        <translation>‖B‖₂ = {contraction:.3g} &lt; 1（logistic 规则为 (λ/4)‖B‖₂）：只有一个不动点，无论时间常数如何，各水平都会稳定于此</translation>
    </message>
    <message>
        <source>{verdict}; checked with all rising and with all falling time constants</source>
        <translation>{verdict}；已分别用全部上升时间常数和全部下降时间常数检验</translation>
    </message>
    <message>
        <source>the update amplifies a small disturbance: ρ = {radius:.3g} ≥ 1 for the linearised FCM step at the activation&apos;s steepest slope</source>
        <translation>更新会放大微小扰动：在激活函数斜率最陡处，线性化 FCM 步的 ρ = {radius:.3g} ≥ 1</translation>
    </message>
    <message>
        <source>the loops amplify: ρ(B) = {rho:.3g} ≥ 1, so a disturbance grows whatever the time constants (until an activation&apos;s bound holds it)</source>
        <translation>回路会放大扰动：ρ(B) = {rho:.3g} ≥ 1，因此无论时间常数如何，扰动都会增长（直到被激活函数的边界限制）</translation>
    </message>
    <message>
        <source>ρ(B) = {rho:.3g} &lt; 1, yet with these time constants the loops grow: T⁻¹(B − I) has an eigenvalue with real part {growth:+.3g} per time unit. Fast constructs in a reinforcing loop run away before the slower ones that balance them react; equal time constants would settle</source>
        <translation>ρ(B) = {rho:.3g} &lt; 1，但在这些时间常数下回路会增长：T⁻¹(B − I) 有一个实部为每时间单位 {growth:+.3g} 的特征值。增强回路中较快的构念会在起平衡作用的较慢构念做出反应之前失控；若时间常数相等则会稳定</translation>
    </message>
    <message>
        <source>a feedback loop runs through a threshold activation (bivalent or trivalent): the levels jump between values and may cycle; run the simulation to see</source>
        <translation>某个反馈回路经过阈值激活函数（二值或三值）：各水平在数值之间跳变，并可能循环；请运行模拟查看</translation>
    </message>
    <message>
        <source>runs must be a whole number from 1 to {most:,} (got {runs!r})</source>
        <translation>运行次数必须是 1 到 {most:,} 之间的整数（实际为 {runs!r}）</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 on (got {seed!r})</source>
        <translation>种子必须是 0 或以上的整数（实际为 {seed!r}）</translation>
    </message>
    <message>
        <source>the default sd must be a number from 0 to {most:g} (got {sd!r})</source>
        <translation>默认标准差必须是 0 到 {most:g} 之间的数字（实际为 {sd!r}）</translation>
    </message>
    <message>
        <source>{runs:,} runs of {steps:,} steps of this model do not fit in memory; at most {most:,} runs</source>
        <translation>此模型运行 {runs:,} 次、每次 {steps:,} 步，超出内存容量；最多 {most:,} 次运行</translation>
    </message>
    <message>
        <source>the bands have no construct {cid!r}</source>
        <translation>不确定带中没有构念 {cid!r}</translation>
    </message>
    <message>
        <source>the sd of {item!r} must be a number from 0 to {most:g}</source>
        <translation>{item!r} 的标准差必须是 0 到 {most:g} 之间的数字</translation>
    </message>
    <message>
        <source>Your prediction: {predicted:.2f} at {unit} {time:g} — model: {actual:.2f} (gap {gap}); mean absolute gap {mean:.2f}</source>
        <translation>您的预测：第 {time:g} {unit}为 {predicted:.2f} —— 模型：{actual:.2f}（差距 {gap}）；平均绝对差距 {mean:.2f}</translation>
    </message>
    <message>
        <source>there is no prediction yet: sketch a curve or type a level</source>
        <translation>还没有预测：请画出一条曲线或输入一个水平</translation>
    </message>
    <message>
        <source>the run has no levels to compare the prediction with</source>
        <translation>运行结果中没有可与预测比较的水平</translation>
    </message>
    <message>
        <source>the prediction ({first:g} to {last:g}) lies outside the run ({start:g} to {end:g})</source>
        <translation>预测（{first:g} 至 {last:g}）超出运行范围（{start:g} 至 {end:g}）</translation>
    </message>
    <message>
        <source>a predicted point needs a finite time and level (got {time}, {level})</source>
        <translation>预测点需要有限的时间和水平（实际为 {time}，{level}）</translation>
    </message>
    <message>
        <source>a predicted level must be between {low:g} and 1 (got {level:g})</source>
        <translation>预测水平必须介于 {low:g} 与 1 之间（实际为 {level:g}）</translation>
    </message>
    <message>
        <source>a predicted time cannot be before the start (got {time:g})</source>
        <translation>预测时间不能早于起点（实际为 {time:g}）</translation>
    </message>
    <message>
        <source>a curve needs at least 2 points (got {points!r})</source>
        <translation>曲线至少需要 2 个点（实际为 {points!r}）</translation>
    </message>
    <message>
        <source>the next amount must be above 0 (got {amount!r})</source>
        <translation>下一笔追加金额必须大于 0（实际为 {amount!r}）</translation>
    </message>
    <message>
        <source>the result has no construct {cid!r}</source>
        <translation>结果中没有构念 {cid!r}</translation>
    </message>
    <message>
        <source>the batch has no construct {cid!r}</source>
        <translation>这批运行结果中没有构念 {cid!r}</translation>
    </message>
    <message>
        <source>Starting level, not yet faded</source>
        <translation>起始水平，尚未消退</translation>
    </message>
    <message>
        <source>Feedback loops</source>
        <translation>反馈回路</translation>
    </message>
    <message>
        <source>Feedback loops and other routes</source>
        <translation>反馈回路及其他路线</translation>
    </message>
    <message>
        <source>The rule&apos;s resting level</source>
        <translation>更新规则的静止水平</translation>
    </message>
    <message>
        <source>Not quite settled</source>
        <translation>尚未完全稳定</translation>
    </message>
    <message>
        <source>Set outside the model (slider, schedule or clamp)</source>
        <translation>由模型外部设定（滑块、安排或固定值）</translation>
    </message>
    <message>
        <source>the long-run shares are undefined here: a feedback loop has a gain of 1, so a push would never come to rest</source>
        <translation>此处长期份额无定义：某个反馈回路的增益为 1，因此推动永远不会平息</translation>
    </message>
    <message>
        <source>{cid!r} has no long-run level to explain: the model {reason}; explain a week of the run instead</source>
        <translation>{cid!r} 没有可解释的长期水平：模型{reason}；请改为解释运行中的某一周</translation>
    </message>
    <message>
        <source>Sobol and Morris indices need the SALib package, which is not installed here (the offline installer leaves it out: with scipy and pandas it would pass the installer&apos;s size budget); install the program with pip, e.g. &quot;pip install synergy-explorer&quot;, to use them. The tornado works without it.</source>
        <translation>Sobol 和 Morris 指数需要 SALib 包，但此处未安装（离线安装程序未包含它：加上 scipy 和 pandas 会超出安装程序的大小预算）；要使用它们，请用 pip 安装本程序，例如 &quot;pip install synergy-explorer&quot;。龙卷风图无需它即可使用。</translation>
    </message>
    <message>
        <source>there is no construct {cid!r} to use as the outcome (outcomes: {known})</source>
        <translation>没有可用作结果变量的构念 {cid!r}（可选结果变量：{known}）</translation>
    </message>
    <message>
        <source>the outcome does not change over these ranges, so every index is 0</source>
        <translation>在这些范围内结果变量没有变化，因此所有指数均为 0</translation>
    </message>
    <message>
        <source>{cid!r} is set by the scenario, not computed, so nothing changes it (outcomes: {known})</source>
        <translation>{cid!r} 由情景设定而非计算得出，因此没有任何因素能改变它（可选结果变量：{known}）</translation>
    </message>
    <message>
        <source>the week must be a number from 0 (got {week!r})</source>
        <translation>周数必须是 0 或以上的数字（实际为 {week!r}）</translation>
    </message>
    <message>
        <source>the week must be at most {last:g}, the longest run (got {week:g})</source>
        <translation>周数最多为 {last:g}，即最长的运行（实际为 {week:g}）</translation>
    </message>
    <message>
        <source>the model has no path, junction or stimulus to vary</source>
        <translation>模型中没有可变动的路径、节点或刺激</translation>
    </message>
    <message>
        <source>there is no parameter {name!r} (parameters: {known})</source>
        <translation>没有参数 {name!r}（已有参数：{known}）</translation>
    </message>
    <message>
        <source>Sobol samples must be a power of two from 2 to {most} (got {samples!r})</source>
        <translation>Sobol 样本数必须是 2 到 {most} 之间的 2 的幂（实际为 {samples!r}）</translation>
    </message>
    <message>
        <source>Sobol samples must be a power of two, which Sobol sequences need for their balance (got {samples}: use {below} or {above})</source>
        <translation>Sobol 样本数必须是 2 的幂，Sobol 序列需要这样才能保持均衡（实际为 {samples}：请使用 {below} 或 {above}）</translation>
    </message>
    <message>
        <source>Morris trajectories must be a whole number from 2 to {most} (got {samples!r})</source>
        <translation>Morris 轨迹数必须是 2 到 {most} 之间的整数（实际为 {samples!r}）</translation>
    </message>
    <message>
        <source>no parameter has a range to vary over (every sd is 0)</source>
        <translation>没有参数具有可变动的范围（所有标准差均为 0）</translation>
    </message>
    <message>
        <source>held at their value (sd 0): {names}</source>
        <translation>保持原值（标准差为 0）：{names}</translation>
    </message>
    <message>
        <source>{runs} runs were still moving after {steps} steps; their last level is used</source>
        <translation>{runs} 次运行在 {steps} 步后仍在变化；采用其最后的水平</translation>
    </message>
    <message>
        <source>the result has no parameter {name!r}</source>
        <translation>结果中没有参数 {name!r}</translation>
    </message>
    <message>
        <source>weight of {item!r}</source>
        <translation>{item!r} 的权重</translation>
    </message>
    <message>
        <source>level of {cid!r}</source>
        <translation>{cid!r} 的水平</translation>
    </message>
    <message>
        <source>there is no path or junction with id {item!r}</source>
        <translation>没有 id 为 {item!r} 的路径或节点</translation>
    </message>
    <message>
        <source>{label} at {unit} {week:g}</source>
        <translation>{label}（第 {week:g} {unit}）</translation>
    </message>
    <message>
        <source>{label} (average over the run)</source>
        <translation>{label}（运行期间平均值）</translation>
    </message>
    <message>
        <source>the model has no channels: add a channel that drives a stimulus</source>
        <translation>模型没有渠道：请添加一个驱动刺激的渠道</translation>
    </message>
    <message>
        <source>{cid!r} is set from outside (a stimulus or a clamp): choose an outcome the model computes, such as loyalty</source>
        <translation>{cid!r} 由外部设定（刺激或固定值）：请选择由模型计算的结果变量，例如忠诚</translation>
    </message>
    <message>
        <source>week {week:g} is past the run&apos;s {steps} steps; choose an earlier week or a longer horizon</source>
        <translation>第 {week:g} 周超出了运行的 {steps} 步；请选择更早的周或更长的运行时长</translation>
    </message>
    <message>
        <source>did not settle within {steps} steps</source>
        <translation>在 {steps} 步内未稳定</translation>
    </message>
    <message>
        <source>diverges and is held at its bounds by {kinds} ({names})</source>
        <translation>发散，并由 {kinds} 激活函数（{names}）限制在其边界上</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} 和 {last}</translation>
    </message>
    <message>
        <source>diverges and is held at the bound {bound} by {kinds} ({names})</source>
        <translation>发散，并由 {kinds} 激活函数（{names}）限制在边界 {bound} 上</translation>
    </message>
    <message>
        <source>tolerance must be between 0 and 1 (got {tolerance!r})</source>
        <translation>容差必须介于 0 与 1 之间（实际为 {tolerance!r}）</translation>
    </message>
    <message>
        <source>oscillates with period {period}</source>
        <translation>以周期 {period} 振荡</translation>
    </message>
    <message>
        <source>there is no synergy junction {jid!r} (junctions: {known})</source>
        <translation>没有协同节点 {jid!r}（已有节点：{known}）</translation>
    </message>
    <message>
        <source>{focal!r} is not a member of junction {jid!r} ({names})</source>
        <translation>{focal!r} 不是节点 {jid!r} 的成员（{names}）</translation>
    </message>
    <message>
        <source>path {pid!r}: weight</source>
        <translation>路径 {pid!r}：权重</translation>
    </message>
    <message>
        <source>junction {jid!r}: weight</source>
        <translation>节点 {jid!r}：权重</translation>
    </message>
    <message>
        <source>scenario {name!r}: horizon</source>
        <translation>情景 {name!r}：运行时长</translation>
    </message>
    <message>
        <source>the run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>settings {name}</source>
        <translation>设置 {name}</translation>
    </message>
    <message>
        <source>scenario {name!r}: schedule of {cid!r}</source>
        <translation>情景 {name!r}：{cid!r} 的安排</translation>
    </message>
    <message>
        <source>scenario {name!r}: clamp of {cid!r}</source>
        <translation>情景 {name!r}：{cid!r} 的固定值</translation>
    </message>
    <message>
        <source>scenario {name!r}: weight of {item!r}</source>
        <translation>情景 {name!r}：{item!r} 的权重</translation>
    </message>
    <message>
        <source>steps must be a whole number from 0 to {most} (got {steps!r})</source>
        <translation>步数必须是 0 到 {most} 之间的整数（实际为 {steps!r}）</translation>
    </message>
    <message>
        <source>construct {cid!r} appears twice</source>
        <translation>构念 {cid!r} 出现了两次</translation>
    </message>
    <message>
        <source>construct {cid!r}: {field}</source>
        <translation>构念 {cid!r}：{field}</translation>
    </message>
    <message>
        <source>junction {jid!r} needs at least two members</source>
        <translation>节点 {jid!r} 至少需要两个成员</translation>
    </message>
    <message>
        <source>scenario {name!r} schedules an unknown construct {cid!r}</source>
        <translation>情景 {name!r} 为未知构念 {cid!r} 设置了安排</translation>
    </message>
    <message>
        <source>scenario {name!r} clamps an unknown construct {cid!r}</source>
        <translation>情景 {name!r} 固定了未知构念 {cid!r}</translation>
    </message>
    <message>
        <source>scenario {name!r} overrides the weight of an unknown item {item!r}</source>
        <translation>情景 {name!r} 覆盖了未知项 {item!r} 的权重</translation>
    </message>
    <message>
        <source>construct {cid!r}:</source>
        <translation>构念 {cid!r}：</translation>
    </message>
    <message>
        <source>path {pid!r} refers to an unknown construct {end!r}</source>
        <translation>路径 {pid!r} 引用了未知构念 {end!r}</translation>
    </message>
    <message>
        <source>junction {jid!r} refers to an unknown construct {end!r}</source>
        <translation>节点 {jid!r} 引用了未知构念 {end!r}</translation>
    </message>
    <message>
        <source>coefficient table</source>
        <translation>系数表</translation>
    </message>
    <message>
        <source>the header is not understood; expected a lavaan parameterEstimates() table (lhs, op, rhs, est, se), a semopy inspect() table (lval, op, rval, Estimate, Std. Err) or a SmartPLS path-coefficient matrix (names in the first row and column)</source>
        <translation>无法识别表头；应为 lavaan parameterEstimates() 表（lhs, op, rhs, est, se）、semopy inspect() 表（lval, op, rval, Estimate, Std. Err）或 SmartPLS 路径系数矩阵（名称位于第一行和第一列）</translation>
    </message>
    <message>
        <source>the coefficient {value:g} of {source} -&gt; {target} is outside [-1, 1]: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds; for βs, export the standardised solution</source>
        <translation>{source} -&gt; {target} 的系数 {value:g} 超出 [-1, 1]：权重将按非标准化处理（settings.weight_scale），因此各水平可能达到其边界；如需 β，请导出标准化解</translation>
    </message>
    <message>
        <source>coefficient table (CSV)</source>
        <translation>系数表（CSV）</translation>
    </message>
    <message>
        <source>column {name!r}: {cell!r} is not a number</source>
        <translation>列 {name!r}：{cell!r} 不是数字</translation>
    </message>
    <message>
        <source>the header has no &apos;Original Sample (O)&apos;</source>
        <translation>表头中没有 &apos;Original Sample (O)&apos;</translation>
    </message>
    <message>
        <source>the standard error {se:g} of {source} -&gt; {target} is larger than {largest:g}</source>
        <translation>{source} -&gt; {target} 的标准误 {se:g} 大于 {largest:g}</translation>
    </message>
    <message>
        <source>holds no regression coefficients (op &apos;~&apos;)</source>
        <translation>不含回归系数（op &apos;~&apos;）</translation>
    </message>
    <message>
        <source>is empty; expected a {what}</source>
        <translation>为空；应为{what}</translation>
    </message>
    <message>
        <source>the matrix holds no coefficients</source>
        <translation>矩阵中没有系数</translation>
    </message>
    <message>
        <source>the coefficient {value:g} of {source} -&gt; {target} is outside [-{largest:g}, {largest:g}], the largest weight the model holds; export the standardised solution</source>
        <translation>{source} -&gt; {target} 的系数 {value:g} 超出 [-{largest:g}, {largest:g}]，即模型所能容纳的最大权重；请导出标准化解</translation>
    </message>
    <message>
        <source>{source} -&gt; {target} is given twice</source>
        <translation>{source} -&gt; {target} 重复给出</translation>
    </message>
    <message>
        <source>the header has no estimate column (est, est.std, std.all or Estimate)</source>
        <translation>表头中没有估计值列（est、est.std、std.all 或 Estimate）</translation>
    </message>
    <message>
        <source>a row of the matrix has no construct name</source>
        <translation>矩阵的某一行没有构念名称</translation>
    </message>
    <message>
        <source>{cell!r} is not &apos;A -&gt; B&apos;</source>
        <translation>{cell!r} 不是 &apos;A -&gt; B&apos; 形式</translation>
    </message>
    <message>
        <source>the standard errors belong to the unstandardised estimates; each is rescaled to the standardised {column!r} by std/est</source>
        <translation>标准误属于非标准化估计值；每个标准误都按 std/est 换算到标准化的 {column!r}</translation>
    </message>
    <message>
        <source>no estimate; left out</source>
        <translation>没有估计值；已略去</translation>
    </message>
    <message>
        <source>a value has no column name</source>
        <translation>某个值没有列名</translation>
    </message>
    <message>
        <source>{source} -&gt; {target} is not a path of the model; left out</source>
        <translation>{source} -&gt; {target} 不是模型中的路径；已略去</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>括号未闭合</translation>
    </message>
    <message>
        <source>unexpected {text!r}</source>
        <translation>意外的 {text!r}</translation>
    </message>
    <message>
        <source>cannot read {rest!r}</source>
        <translation>无法读取 {rest!r}</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>表达式过早结束</translation>
    </message>
    <message>
        <source>{name} needs brackets: {name}(...)</source>
        <translation>{name} 需要括号：{name}(...)</translation>
    </message>
    <message>
        <source>divides by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>{name!r} is not the label of any coefficient</source>
        <translation>{name!r} 不是任何系数的标签</translation>
    </message>
    <message>
        <source>{name}({argument:g}) cannot be worked out</source>
        <translation>无法计算 {name}({argument:g})</translation>
    </message>
    <message>
        <source>a power cannot be worked out</source>
        <translation>无法计算幂</translation>
    </message>
    <message>
        <source>{target!r} has {predictors} ({names}) but only {respondents}; OLS needs more respondents than predictors + 1</source>
        <translation>{target!r} 有 {predictors}（{names}），但只有 {respondents}；OLS 要求受访者人数多于预测变量数 + 1</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: the model has no such path; its β {beta:.3f} was not used</source>
        <translation>{source} -&gt; {target}：模型中没有此路径；其 β {beta:.3f} 未被使用</translation>
    </message>
    <message>
        <source>{count} predictors</source>
        <translation>{count} 个预测变量</translation>
    </message>
    <message>
        <source>{count} predictor</source>
        <translation>{count} 个预测变量</translation>
    </message>
    <message>
        <source>{count} complete respondents</source>
        <translation>{count} 位完整作答的受访者</translation>
    </message>
    <message>
        <source>{count} complete respondent</source>
        <translation>{count} 位完整作答的受访者</translation>
    </message>
    <message>
        <source>the predictors of {target!r} are collinear ({names}): one is a linear combination of the others, so their effects on {target!r} cannot be told apart (singular design)</source>
        <translation>{target!r} 的预测变量存在共线性（{names}）：其中一个是其他变量的线性组合，因此无法区分它们对 {target!r} 的效应（奇异设计）</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: the model has no such synergy; its β {beta:.3f} was not used</source>
        <translation>{source} -&gt; {target}：模型中没有此协同项；其 β {beta:.3f} 未被使用</translation>
    </message>
    <message>
        <source>the number of bootstrap resamples must be ≥ 0 (got {count})</source>
        <translation>bootstrap 重抽样次数必须 ≥ 0（实际为 {count}）</translation>
    </message>
    <message>
        <source>the confidence level must be between 0 and 1 (got {level})</source>
        <translation>置信水平必须介于 0 与 1 之间（实际为 {level}）</translation>
    </message>
    <message>
        <source>{failed} of {count} bootstrap resamples had a degenerate design and were left out</source>
        <translation>{count} 次 bootstrap 重抽样中有 {failed} 次设计退化，已略去</translation>
    </message>
    <message>
        <source>the model has no regressions (no path to estimate)</source>
        <translation>模型中没有回归（没有可估计的路径）</translation>
    </message>
    <message>
        <source>the model has a feedback loop ({loop}); path analysis by OLS needs a recursive (loop-free) model</source>
        <translation>模型中有反馈回路（{loop}）；基于 OLS 的路径分析需要递归（无回路）模型</translation>
    </message>
    <message>
        <source>{count} indirect routes: only each pair&apos;s total indirect effect is listed</source>
        <translation>{count} 条间接路线：仅列出每对构念的总间接效应</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: β = {beta:.3f} lies outside the model&apos;s weights [−1, 1] (a suppression effect or collinear predictors?); it keeps its weight {weight:g} — check the study before using it</source>
        <translation>{source} -&gt; {target}：β = {beta:.3f} 超出模型的权重范围 [−1, 1]（抑制效应还是预测变量共线？）；它保留原权重 {weight:g} —— 使用前请核查该研究</translation>
    </message>
    <message>
        <source>construct {name!r} has no items to score it by</source>
        <translation>构念 {name!r} 没有可用于计分的题项</translation>
    </message>
    <message>
        <source>construct {name!r} has the same score for every respondent; it cannot be standardised</source>
        <translation>构念 {name!r} 在所有受访者中的得分都相同；无法标准化</translation>
    </message>
    <message>
        <source>{target!r} is regressed on itself; OLS cannot estimate that</source>
        <translation>{target!r} 对自身回归；OLS 无法估计</translation>
    </message>
    <message>
        <source>{target!r} names predictor {name!r} twice</source>
        <translation>{target!r} 两次列出预测变量 {name!r}</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: β = {beta:.3f}, SE = {se:.3f} refused: {reason}</source>
        <translation>{source} -&gt; {target}：β = {beta:.3f}，SE = {se:.3f} 被拒绝：{reason}</translation>
    </message>
    <message>
        <source>the weight {weight:g} is outside [-1, 1], where FCM weights lie: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds</source>
        <translation>权重 {weight:g} 超出 FCM 权重所在的 [-1, 1]：权重将按非标准化处理（settings.weight_scale），因此各水平可能达到其边界</translation>
    </message>
    <message>
        <source>the matrix is not square: the first column must name the same concepts as the header, in the same order (header: {names}; rows: {rows})</source>
        <translation>矩阵不是方阵：第一列必须按相同顺序列出与表头相同的概念（表头：{names}；行：{rows}）</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: {text!r} is not a finite number</source>
        <translation>{source} -&gt; {target}：{text!r} 不是有限数字</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: {text} is outside ±{largest:g}, the largest weight a model takes</source>
        <translation>{source} -&gt; {target}：{text} 超出 ±{largest:g}，即模型所能接受的最大权重</translation>
    </message>
    <message>
        <source>the synergy {name} has no place in an FCM matrix; left out</source>
        <translation>协同项 {name} 无法放入 FCM 矩阵；已略去</translation>
    </message>
    <message>
        <source>FCM matrix (CSV)</source>
        <translation>FCM 矩阵（CSV）</translation>
    </message>
    <message>
        <source>holds no matrix: names in the first row and column, weights between</source>
        <translation>不含矩阵：应在第一行和第一列写名称，其间写权重</translation>
    </message>
    <message>
        <source>the row is longer than the header</source>
        <translation>该行比表头长</translation>
    </message>
    <message>
        <source>the update rule must be one of {rules} (got {rule!r})</source>
        <translation>更新规则必须是 {rules} 之一（实际为 {rule!r}）</translation>
    </message>
    <message>
        <source>the activation&apos;s {problem}</source>
        <translation>激活函数的{problem}</translation>
    </message>
    <message>
        <source>a concept has no name in the header</source>
        <translation>表头中有一个概念没有名称</translation>
    </message>
    <message>
        <source>the concept {name!r} is named twice</source>
        <translation>概念 {name!r} 出现了两次</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: {text!r} is not a number</source>
        <translation>{source} -&gt; {target}：{text!r} 不是数字</translation>
    </message>
    <message>
        <source>node {node!r}</source>
        <translation>节点 {node!r}</translation>
    </message>
    <message>
        <source>junction {node!r}</source>
        <translation>协同节点 {node!r}</translation>
    </message>
    <message>
        <source>GraphML file</source>
        <translation>GraphML 文件</translation>
    </message>
    <message>
        <source>is not valid XML ({error})</source>
        <translation>不是有效的 XML（{error}）</translation>
    </message>
    <message>
        <source>is not GraphML networkx can read: {error}</source>
        <translation>不是 networkx 能读取的 GraphML：{error}</translation>
    </message>
    <message>
        <source>{where}: the weight {weight:g} is outside [-1, 1]: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds</source>
        <translation>{where}：权重 {weight:g} 超出 [-1, 1]：权重将按非标准化处理（settings.weight_scale），因此各水平可能达到其边界</translation>
    </message>
    <message>
        <source>edge {source!r} -&gt; {target!r}</source>
        <translation>边 {source!r} -&gt; {target!r}</translation>
    </message>
    <message>
        <source>the graph is undirected: each edge is read from its first to its second node</source>
        <translation>该图是无向图：每条边都按从第一个节点到第二个节点的方向读取</translation>
    </message>
    <message>
        <source>holds no nodes</source>
        <translation>不含任何节点</translation>
    </message>
    <message>
        <source>{where}: {name} {value!r} is not a finite number</source>
        <translation>{where}：{name} {value!r} 不是有限数字</translation>
    </message>
    <message>
        <source>{where}: role {role!r} is not one of {roles}</source>
        <translation>{where}：角色 {role!r} 不是 {roles} 之一</translation>
    </message>
    <message>
        <source>{where} has no weight; it starts at {weight}</source>
        <translation>{where} 没有权重；初始为 {weight}</translation>
    </message>
    <message>
        <source>{where}: the weight {weight:g} is outside [-{largest:g}, {largest:g}], the largest the model holds</source>
        <translation>{where}：权重 {weight:g} 超出 [-{largest:g}, {largest:g}]，即模型所能容纳的最大值</translation>
    </message>
    <message>
        <source>{where} must lead to exactly one target (it leads to {count})</source>
        <translation>{where} 必须恰好指向一个目标（实际指向 {count} 个）</translation>
    </message>
    <message>
        <source>{where}: {name} {value!r} is not a number</source>
        <translation>{where}：{name} {value!r} 不是数字</translation>
    </message>
    <message>
        <source>the graph&apos;s {name} {value!r} is not one of {choices}</source>
        <translation>图的 {name} {value!r} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{where} is given twice</source>
        <translation>{where} 重复给出</translation>
    </message>
    <message>
        <source>{where}: kind {kind!r} is not one of {kinds}</source>
        <translation>{where}：类型 {kind!r} 不是 {kinds} 之一</translation>
    </message>
    <message>
        <source>lavaan model</source>
        <translation>lavaan 模型</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>a semopy DEFINE line</source>
        <translation>semopy DEFINE 行</translation>
    </message>
    <message>
        <source>a variance or covariance</source>
        <translation>方差或协方差</translation>
    </message>
    <message>
        <source>a threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>a scaling factor</source>
        <translation>缩放因子</translation>
    </message>
    <message>
        <source>holds no formulas (such as &apos;y ~ x&apos;)</source>
        <translation>不含任何公式（如 &apos;y ~ x&apos;）</translation>
    </message>
    <message>
        <source>the coefficient {value:g} is outside [-1, 1]: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds; for βs, import the standardised solution (lavaan standardizedSolution(), semopy inspect(std_est=True))</source>
        <translation>系数 {value:g} 超出 [-1, 1]：权重将按非标准化处理（settings.weight_scale），因此各水平可能达到其边界；如需 β，请导入标准化解（lavaan standardizedSolution()、semopy inspect(std_est=True)）</translation>
    </message>
    <message>
        <source>an intercept (~ 1) is left out</source>
        <translation>截距（~ 1）已略去</translation>
    </message>
    <message>
        <source>the coefficient {value:g} is outside [-{largest:g}, {largest:g}], the largest weight the model holds; use the standardised solution (lavaan standardizedSolution(), semopy inspect(std_est=True))</source>
        <translation>系数 {value:g} 超出 [-{largest:g}, {largest:g}]，即模型所能容纳的最大权重；请使用标准化解（lavaan standardizedSolution()、semopy inspect(std_est=True)）</translation>
    </message>
    <message>
        <source>{count} coefficient(s) have no value (lines {lines}): paths start at {path}, synergies at {synergy}; fix them (0.4*x) or import a coefficient table</source>
        <translation>{count} 个系数没有值（第 {lines} 行）：路径的初始值为 {path}，协同项为 {synergy}；请固定它们（0.4*x）或导入系数表</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{what} ({operator}) is left out</source>
        <translation>{what}（{operator}）已略去</translation>
    </message>
    <message>
        <source>{target!r} cannot predict itself</source>
        <translation>{target!r} 不能预测自身</translation>
    </message>
    <message>
        <source>a coefficient is fixed twice</source>
        <translation>某个系数被固定了两次</translation>
    </message>
    <message>
        <source>a coefficient has two labels</source>
        <translation>某个系数有两个标签</translation>
    </message>
    <message>
        <source>an item cannot be an interaction</source>
        <translation>题项不能是交互项</translation>
    </message>
    <message>
        <source>{name!r} is read as the product {first}:{second} (a synergy junction)</source>
        <translation>{name!r} 被解读为乘积 {first}:{second}（协同节点）</translation>
    </message>
    <message>
        <source>{effect} := uses {name!r}, which labels no coefficient (label one as in &apos;y ~ a*x&apos;)</source>
        <translation>{effect} := 使用了 {name!r}，但它不是任何系数的标签（请像 &apos;y ~ a*x&apos; 这样为系数加标签）</translation>
    </message>
    <message>
        <source>a &apos;#@&apos; line that is not understood is left out</source>
        <translation>无法识别的 &apos;#@&apos; 行已略去</translation>
    </message>
    <message>
        <source>unknown operator {text!r}</source>
        <translation>未知运算符 {text!r}</translation>
    </message>
    <message>
        <source>expected a formula such as &apos;y ~ x1 + x2&apos; (no operator ~, =~, ~~ or := found)</source>
        <translation>应为公式，如 &apos;y ~ x1 + x2&apos;（未找到运算符 ~、=~、~~ 或 :=）</translation>
    </message>
    <message>
        <source>a quoted label is not closed on its line</source>
        <translation>带引号的标签在本行内未闭合</translation>
    </message>
    <message>
        <source>nothing follows {operator!r}</source>
        <translation>{operator!r} 之后没有内容</translation>
    </message>
    <message>
        <source>&apos;{name}:&apos; blocks (multiple groups or levels) are not supported; import one group&apos;s model</source>
        <translation>不支持 &apos;{name}:&apos; 块（多组或多层）；请导入单个组的模型</translation>
    </message>
    <message>
        <source>{operator!r} needs a name on its left</source>
        <translation>{operator!r} 左侧需要一个名称</translation>
    </message>
    <message>
        <source>expected a name, not {text!r}</source>
        <translation>应为名称，而不是 {text!r}</translation>
    </message>
    <message>
        <source>a name is missing before it</source>
        <translation>运算符之前缺少名称</translation>
    </message>
    <message>
        <source>&apos;:=&apos; defines one name at a time</source>
        <translation>&apos;:=&apos; 一次只能定义一个名称</translation>
    </message>
    <message>
        <source>a term is missing after &apos;+&apos;</source>
        <translation>&apos;+&apos; 之后缺少项</translation>
    </message>
    <message>
        <source>a variable name is missing after &apos;*&apos;</source>
        <translation>&apos;*&apos; 之后缺少变量名</translation>
    </message>
    <message>
        <source>a variable name is missing after &apos;:&apos;</source>
        <translation>&apos;:&apos; 之后缺少变量名</translation>
    </message>
    <message>
        <source>an interaction names a variable twice</source>
        <translation>交互项中某个变量出现了两次</translation>
    </message>
    <message>
        <source>&apos;{name}(&apos; is not closed</source>
        <translation>&apos;{name}(&apos; 未闭合</translation>
    </message>
    <message>
        <source>unknown modifier &apos;{name}(...)&apos;</source>
        <translation>未知修饰符 &apos;{name}(...)&apos;</translation>
    </message>
    <message>
        <source>a term is fixed to two different values</source>
        <translation>某一项被固定为两个不同的值</translation>
    </message>
    <message>
        <source>a label cannot be empty</source>
        <translation>标签不能为空</translation>
    </message>
    <message>
        <source>a term has two different labels</source>
        <translation>某一项有两个不同的标签</translation>
    </message>
    <message>
        <source>expected &apos;+&apos; or an operator, not {text!r}</source>
        <translation>应为 &apos;+&apos; 或运算符，而不是 {text!r}</translation>
    </message>
    <message>
        <source>expected a variable name, not {text!r}</source>
        <translation>应为变量名，而不是 {text!r}</translation>
    </message>
    <message>
        <source>expected &apos;+&apos;, &apos;*&apos; or &apos;:&apos; here, not {text!r}</source>
        <translation>此处应为 &apos;+&apos;、&apos;*&apos; 或 &apos;:&apos;，而不是 {text!r}</translation>
    </message>
    <message>
        <source>c(...) gives a value per group; import one group&apos;s model</source>
        <translation>c(...) 为每个组给出一个值；请导入单个组的模型</translation>
    </message>
    <message>
        <source>expected a variable name</source>
        <translation>应为变量名</translation>
    </message>
    <message>
        <source>a term is missing before &apos;+&apos;</source>
        <translation>&apos;+&apos; 之前缺少项</translation>
    </message>
    <message>
        <source>something is missing before {separator!r}</source>
        <translation>{separator!r} 之前缺少内容</translation>
    </message>
    <message>
        <source>expected a number, a label or NA before &apos;*&apos;</source>
        <translation>&apos;*&apos; 之前应为数字、标签或 NA</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>is larger than 20 MB; not a study&apos;s model</source>
        <translation>大于 20 MB；不是研究模型</translation>
    </message>
    <message>
        <source>{file}:{line}:{column}: {message}</source>
        <translation>{file}:{line}:{column}：{message}</translation>
    </message>
    <message>
        <source>cannot be a model: {problem}</source>
        <translation>不能作为模型：{problem}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}：{message}</translation>
    </message>
    <message>
        <source>{file}:{line}: {message}</source>
        <translation>{file}:{line}：{message}</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is a binary file, not a {what}</source>
        <translation>含有 NUL 字节：这是二进制文件，不是{what}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is not valid CSV: {error}</source>
        <translation>不是有效的 CSV：{error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte:02x}); save the {what} as UTF-8</source>
        <translation>不是 UTF-8 文本（字节 0x{byte:02x}）；请将{what}另存为 UTF-8</translation>
    </message>
    <message>
        <source>the model has no scenario {name!r} (scenarios: {listed})</source>
        <translation>模型中没有情景 {name!r}（已有情景：{listed}）</translation>
    </message>
    <message>
        <source>the model has no constructs: there is nothing to report</source>
        <translation>模型中没有构念：没有可报告的内容</translation>
    </message>
    <message>
        <source>the model has no scenario {name!r} (scenarios: none)</source>
        <translation>模型中没有情景 {name!r}（已有情景：无）</translation>
    </message>
    <message>
        <source>Estimated from {data}: {respondents} respondents ({dropped} left out for a missing answer), standardised OLS on item means; {bootstrap} bootstrap resamples, seed {seed}.</source>
        <translation>根据 {data} 估计：{respondents} 位受访者（{dropped} 位因缺失作答而被略去），基于题项均值的标准化 OLS；{bootstrap} 次 bootstrap 重抽样，种子 {seed}。</translation>
    </message>
    <message>
        <source>{syntax} has no regressions (&apos;y ~ x&apos;) to estimate</source>
        <translation>{syntax} 中没有可估计的回归（&apos;y ~ x&apos;）</translation>
    </message>
    <message>
        <source>Defined effects (:=), from the estimated weights:</source>
        <translation>定义的效应（:=），根据估计的权重计算：</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注：{note}</translation>
    </message>
    <message>
        <source>Model written to {out}.</source>
        <translation>模型已写入 {out}。</translation>
    </message>
    <message>
        <source>construct {name!r} has no items in the data: {syntax} gives it no &apos;=~&apos; line and the data have no column {name!r}</source>
        <translation>构念 {name!r} 在数据中没有题项：{syntax} 中没有它的 &apos;=~&apos; 行，数据中也没有列 {name!r}</translation>
    </message>
    <message>
        <source>the coefficient {item!r} has no value in {file}</source>
        <translation>系数 {item!r} 在 {file} 中没有值</translation>
    </message>
    <message>
        <source>study model</source>
        <translation>研究模型</translation>
    </message>
    <message>
        <source>is a {kind} table, not SmartPLS&apos;s</source>
        <translation>是 {kind} 表，而不是 SmartPLS 的表</translation>
    </message>
    <message>
        <source>the label {label!r} has no value in {file}</source>
        <translation>标签 {label!r} 在 {file} 中没有值</translation>
    </message>
    <message>
        <source>unknown format {form!r} ({formats})</source>
        <translation>未知格式 {form!r}（{formats}）</translation>
    </message>
    <message>
        <source>{item}: {reason}</source>
        <translation>{item}：{reason}</translation>
    </message>
    <message>
        <source>{item}: a construct was left out</source>
        <translation>{item}：有一个构念被略去</translation>
    </message>
    <message>
        <source>path {source} → {target}</source>
        <translation>路径 {source} → {target}</translation>
    </message>
    <message>
        <source>junction {members} → {target}</source>
        <translation>节点 {members} → {target}</translation>
    </message>
    <message>
        <source>{added} added, {updated} weights updated, {left_out} left out ({first})</source>
        <translation>添加 {added} 项，更新 {updated} 个权重，略去 {left_out} 项（{first}）</translation>
    </message>
    <message>
        <source>{added} added, {updated} weights updated</source>
        <translation>添加 {added} 项，更新 {updated} 个权重</translation>
    </message>
    <message>
        <source>construct {label!r}</source>
        <translation>构念 {label!r}</translation>
    </message>
    <message>
        <source>the file is empty (no header, no respondents)</source>
        <translation>文件为空（没有表头，也没有受访者）</translation>
    </message>
    <message>
        <source>{names}, ... ({count} in all)</source>
        <translation>{names} 等（共 {count} 个）</translation>
    </message>
    <message>
        <source>there is no column {name!r}; columns: {columns}</source>
        <translation>没有列 {name!r}；已有列：{columns}</translation>
    </message>
    <message>
        <source>has a header but no respondents</source>
        <translation>有表头但没有受访者</translation>
    </message>
    <message>
        <source>has 1 cell; the header has {columns} columns</source>
        <translation>只有 1 个单元格，而表头有 {columns} 列</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {columns} columns</source>
        <translation>有 {cells} 个单元格，而表头有 {columns} 列</translation>
    </message>
    <message>
        <source>there is no column {name!r} (did you mean {near!r}?); columns: {columns}</source>
        <translation>没有列 {name!r}（您是否指的是 {near!r}？）；已有列：{columns}</translation>
    </message>
    <message>
        <source>column {column!r} holds {cell}, not a number</source>
        <translation>列 {column!r} 中是 {cell}，而不是数字</translation>
    </message>
    <message>
        <source>is not readable as CSV ({error})</source>
        <translation>无法作为 CSV 读取（{error}）</translation>
    </message>
    <message>
        <source>is a binary file, not a CSV of survey responses</source>
        <translation>是二进制文件，不是问卷作答的 CSV</translation>
    </message>
    <message>
        <source>the header names column {name!r} twice</source>
        <translation>表头中列 {name!r} 出现了两次</translation>
    </message>
    <message>
        <source>construct {name!r}: {reason}</source>
        <translation>构念 {name!r}：{reason}</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; survey files up to 200 MB are read</source>
        <translation>大小为 {size:.0f} MB；只能读取不超过 200 MB 的问卷文件</translation>
    </message>
    <message>
        <source>is a folder, not a CSV file</source>
        <translation>是文件夹，不是 CSV 文件</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>该文件不存在</translation>
    </message>
    <message>
        <source>construct {name!r} has none of its items in the data (items: {items}; columns: {columns})</source>
        <translation>构念 {name!r} 的题项都不在数据中（题项：{items}；已有列：{columns}）</translation>
    </message>
</context>
<context>
    <name>PathItem</name>
    <message>
        <source>trust transfer</source>
        <extracomment>Below this on screen a weight&apos;s digits cannot be read: the pill is left out altogether (an empty pill reads as a missing number).</extracomment>
        <translation>信任转移</translation>
    </message>
    <message>
        <source>causal path</source>
        <translation>因果路径</translation>
    </message>
    <message>
        <source> (sd {sd})</source>
        <translation>（标准差 {sd}）</translation>
    </message>
    <message>
        <source>{kind}, weight {weight}</source>
        <translation>{kind}，权重 {weight}</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Construct to predict</source>
        <extracomment>The phases of a prediction, in order.</extracomment>
        <translation>要预测的构念</translation>
    </message>
    <message>
        <source>Week of the typed prediction</source>
        <translation>输入预测的周</translation>
    </message>
    <message>
        <source>Predicted level</source>
        <translation>预测水平</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Put this level at this week into the prediction</source>
        <translation>将此周的此水平加入预测</translation>
    </message>
    <message>
        <source>The construct whose curve you predict</source>
        <translation>您要预测其曲线的构念</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Play the model&apos;s run over your prediction</source>
        <translation>在您的预测之上播放模型的运行结果</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the prediction and hide the future again</source>
        <translation>删除预测并再次隐藏未来部分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Leave Predict mode</source>
        <translation>退出预测模式</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>Prediction gap</source>
        <translation>预测差距</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>there is no construct {id} to predict</source>
        <extracomment>Called after every change of phase or prediction (the panel shows its values then).</extracomment>
        <translation>没有要预测的构念 {id}</translation>
    </message>
    <message>
        <source>How will {label} move?
Drag here to sketch it, then Reveal.</source>
        <translation>{label} 将如何变化？
在此拖动画出草图，然后揭晓。</translation>
    </message>
    <message>
        <source>The prediction lies outside the run, so there is no gap to show.</source>
        <translation>预测超出运行范围，因此没有可显示的差距。</translation>
    </message>
    <message>
        <source>No prediction was made: this is the model&apos;s curve.</source>
        <translation>未作预测：这是模型的曲线。</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation</source>
        <extracomment>On-screen height of node labels wanted in presentation, in pixels, at a screen height of 768 and of 1080 (issue 11: at least 16 px at 1024×768 and 24 px at 1920×1080). Text scale tried first while presenting, and the most it is enlarged to for legible labels (beyond it the grown boxes crowd each other, and the plots&apos; text outgrows their panel). Shares of the screen: the sliders&apos; width beside the plots and the plots&apos; height when they sit under the diagram, and the column&apos;s width when they sit beside it. The window&apos;s actions that still work while presenting; the others (editing, files, the undo history the presentation&apos;s levels are in) wait until it ends. Keys that move the story on, and back (presenter clickers send Page Down / Page Up). The docks shown while presenting (the plots, and the sliders when a step names some).</extracomment>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>第 {n} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>No story in this model</source>
        <translation>此模型没有故事</translation>
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
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>As drawn: every stimulus follows its slider, and the model&apos;s own weights apply. Select a scenario above to edit it, or make one with “New from sliders”.</source>
        <translation>按图所示：每个刺激跟随其滑块，使用模型自身的权重。选择上方的情景进行编辑，或用“从滑块新建”创建一个。</translation>
    </message>
    <message>
        <source>e.g. Gen Z</source>
        <translation>例如 Z 世代</translation>
    </message>
    <message>
        <source>e.g. Gen Z — a scenario of weight overrides models an audience segment</source>
        <translation>例如 Z 世代——权重覆盖情景用于模拟某一受众细分群体</translation>
    </message>
    <message>
        <source>Weight overrides model how one audience segment responds (Gen Z may trust peers more than brands); name that segment here.</source>
        <translation>权重覆盖用于模拟某一受众细分群体的反应（Z 世代可能更信任同伴而非品牌）；在此命名该细分群体。</translation>
    </message>
    <message>
        <source>Hold a construct at a level throughout (“suppose trust were 0.8”). Stimuli are set by their schedules, not held.</source>
        <translation>将某个构念始终固定在某一水平（“假设信任为 0.8”）。刺激由其安排设定，而非固定。</translation>
    </message>
    <message>
        <source>Give a path or junction another weight in this scenario only.</source>
        <translation>仅在此情景中为路径或节点设定另一个权重。</translation>
    </message>
    <message>
        <source>What this scenario supposes, for the class</source>
        <translation>此情景的假设，供课堂说明</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分群体</translation>
    </message>
    <message>
        <source>This model has no stimuli.</source>
        <translation>此模型没有刺激。</translation>
    </message>
    <message>
        <source>Every construct of this model is a stimulus.</source>
        <translation>此模型的每个构念都是刺激。</translation>
    </message>
    <message>
        <source>No paths yet.</source>
        <translation>还没有路径。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Stimulus schedules</source>
        <translation>刺激安排</translation>
    </message>
    <message>
        <source>Clamps</source>
        <translation>固定值</translation>
    </message>
    <message>
        <source>Weight overrides</source>
        <translation>权重覆盖</translation>
    </message>
    <message>
        <source>Stimulus schedules · {set} of {all} set</source>
        <translation>刺激安排 · 已设 {set}/{all}</translation>
    </message>
    <message>
        <source>Clamps · {held} held</source>
        <translation>固定值 · 已固定 {held} 个</translation>
    </message>
    <message>
        <source>Weight overrides · {set} set</source>
        <translation>权重覆盖 · 已设 {set} 个</translation>
    </message>
</context>
<context>
    <name>ScenarioList</name>
    <message>
        <source>As drawn (sliders)</source>
        <translation>按图所示（滑块）</translation>
    </message>
    <message>
        <source>Tick two to six scenarios to compare them side by side</source>
        <translation>勾选二至六个情景进行并列比较</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>The stimuli follow the sliders</source>
        <translation>刺激跟随滑块</translation>
    </message>
</context>
<context>
    <name>ScenarioRows</name>
    <message>
        <source>hold at</source>
        <translation>固定于</translation>
    </message>
    <message>
        <source>Hold this construct at the level beside it for the whole run</source>
        <translation>在整个运行期间将此构念固定在旁边的水平</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>设为</translation>
    </message>
    <message>
        <source>Use the weight beside it in this scenario instead of the model&apos;s own</source>
        <translation>在此情景中使用旁边的权重，而非模型自身的权重</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>New from sliders</source>
        <extracomment>Button texts and tooltips, by the name of the panel method they call.</extracomment>
        <translation>从滑块新建</translation>
    </message>
    <message>
        <source>A new scenario holding every stimulus at its slider&apos;s present level</source>
        <translation>新建情景，将每个刺激保持在其滑块当前的水平</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>A copy of the selected scenario, to vary</source>
        <translation>复制所选情景，以便修改</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the selected scenario (or double-click its name)</source>
        <translation>重命名所选情景（或双击其名称）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected scenario (Undo brings it back)</source>
        <translation>删除所选情景（撤销可恢复）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected scenario up the list</source>
        <translation>将所选情景在列表中上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected scenario down the list</source>
        <translation>将所选情景在列表中下移</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>At most {n} scenarios can be compared at once: untick one before ticking “{label}”.</source>
        <translation>最多可同时比较 {n} 个情景：请先取消勾选一个，再勾选“{label}”。</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>细分群体：{name}</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>As slider (no schedule)</source>
        <translation>跟随滑块（无安排）</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶跃</translation>
    </message>
    <message>
        <source>Pulse (campaign)</source>
        <translation>脉冲（营销活动）</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>渐变</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>base</source>
        <extracomment>The fields&apos; names as their spin boxes show them.</extracomment>
        <translation>基础</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>The level before the change (and after a pulse)</source>
        <extracomment>The numbers each kind of schedule uses, in the order they are shown.</extracomment>
        <translation>变化前（以及脉冲后）的水平</translation>
    </message>
    <message>
        <source>The level the schedule sets (0–1): the campaign&apos;s level for a pulse</source>
        <translation>安排设定的水平（0–1）：脉冲即营销活动期间的水平</translation>
    </message>
    <message>
        <source>When the change begins, in the model&apos;s time unit</source>
        <translation>变化开始的时间，以模型的时间单位计</translation>
    </message>
    <message>
        <source>How long a pulse lasts, or how long a ramp takes</source>
        <translation>脉冲持续多久，或渐变需要多久</translation>
    </message>
    <message>
        <source>The clipboard holds no levels: copy a column of numbers from 0 to 1.</source>
        <translation>剪贴板中没有水平数据：请复制一列 0 到 1 的数字。</translation>
    </message>
    <message>
        <source>Row {row} is empty: every step of a series needs a level.</source>
        <translation>第 {row} 行为空：序列的每一步都需要一个水平。</translation>
    </message>
    <message>
        <source>Row {row}: “{cell}” is not a number.</source>
        <translation>第 {row} 行：“{cell}”不是数字。</translation>
    </message>
    <message>
        <source>Row {row}: {cell} is not a level between 0 and 1.</source>
        <translation>第 {row} 行：{cell} 不是 0 到 1 之间的水平。</translation>
    </message>
    <message>
        <source>How this stimulus moves over time in the scenario</source>
        <translation>此刺激在情景中如何随时间变化</translation>
    </message>
    <message>
        <source>Paste series</source>
        <translation>粘贴序列</translation>
    </message>
    <message>
        <source>Take the levels from the clipboard: copy a column of numbers (0–1) in a spreadsheet, one per step; a decimal comma is fine</source>
        <translation>从剪贴板读取水平：在电子表格中复制一列数字（0–1），每步一个；可以使用小数逗号</translation>
    </message>
    <message>
        <source>Schedule of {name}</source>
        <translation>{name} 的安排</translation>
    </message>
    <message>
        <source>Paste series for {name}</source>
        <translation>为 {name} 粘贴序列</translation>
    </message>
    <message>
        <source>from {unit} </source>
        <translation>开始{unit}：</translation>
    </message>
    <message>
        <source>for </source>
        <translation>持续 </translation>
    </message>
    <message>
        <source>Follows its slider: {words}</source>
        <translation>跟随其滑块：{words}</translation>
    </message>
    <message>
        <source>Nothing was pasted into “{title}”.</source>
        <translation>未向“{title}”粘贴任何内容。</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>select two or more members, then the target (an organism or a response) last</source>
        <translation>先选择两个或以上的成员，最后选择目标（机体或反应）</translation>
    </message>
    <message>
        <source>To add a synergy junction, {how}.</source>
        <translation>要添加协同节点，请{how}。</translation>
    </message>
    <message>
        <source>A synergy junction needs a target that is not a stimulus: {how}.</source>
        <translation>协同节点需要一个非刺激的目标：请{how}。</translation>
    </message>
    <message>
        <source>A synergy junction acting on {label} has no member: {how}.</source>
        <translation>作用于 {label} 的协同节点没有成员：请{how}。</translation>
    </message>
    <message>
        <source>A synergy junction acting on {label} has only one member: {how}.</source>
        <translation>作用于 {label} 的协同节点只有一个成员：请{how}。</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Choose an outcome and a method, then Run.</source>
        <extracomment>Errors a model or a request can provoke in the engine; they are said in the panel.</extracomment>
        <translation>选择结果变量和方法，然后点击运行。</translation>
    </message>
    <message>
        <source>parameter at its low end</source>
        <translation>参数取下限</translation>
    </message>
    <message>
        <source>at its high end</source>
        <translation>取上限</translation>
    </message>
    <message>
        <source>first order S1</source>
        <translation>一阶 S1</translation>
    </message>
    <message>
        <source>total ST  (│ 95 % CI)</source>
        <translation>总效应 ST  (│ 95 % CI)</translation>
    </message>
    <message>
        <source>+ {n} more in the table</source>
        <translation>另有 {n} 项见表格</translation>
    </message>
    <message>
        <source>base {value}</source>
        <translation>基准 {value}</translation>
    </message>
</context>
<context>
    <name>SensitivityController</name>
    <message>
        <source>Cancelled. Run again when ready.</source>
        <translation>已取消。准备好后请重新运行。</translation>
    </message>
    <message>
        <source>there is no sensitivity result to export yet: Run first</source>
        <translation>还没有可导出的敏感性分析结果：请先运行</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <source>the model was edited since: Run again to update</source>
        <translation>此后模型已被编辑：请重新运行以更新</translation>
    </message>
    <message>
        <source>where it settles</source>
        <translation>稳定时</translation>
    </message>
    <message>
        <source>at week {week}</source>
        <translation>在第 {week} 周</translation>
    </message>
    <message>
        <source>{method}: what moves {outcome} {when}</source>
        <translation>{method}：{when}影响 {outcome} 的因素</translation>
    </message>
    <message>
        <source>base {base}; {runs} runs</source>
        <translation>基准 {base}；运行 {runs} 次</translation>
    </message>
    <message>
        <source>, N = {n}, seed {seed}</source>
        <translation>，N = {n}，种子 {seed}</translation>
    </message>
    <message>
        <source>Running {method} on {outcome}…</source>
        <translation>正在对 {outcome} 运行 {method}…</translation>
    </message>
    <message>
        <source>The sensitivity run failed ({kind}: {error}).</source>
        <translation>敏感性分析失败（{kind}：{error}）。</translation>
    </message>
    <message>
        <source>Export sensitivity table</source>
        <translation>导出敏感性表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Tornado</source>
        <translation>龙卷风图</translation>
    </message>
    <message>
        <source>Sobol</source>
        <translation>Sobol</translation>
    </message>
    <message>
        <source>Morris</source>
        <translation>Morris</translation>
    </message>
    <message>
        <source>Each weight varies over ± 1 sd (its own, else the model&apos;s default, else ± 0.1) within −1…1, each stimulus over ± 0.1 within 0…1; Sobol and Morris draw them independently and uniformly.</source>
        <translation>每个权重在 −1…1 内变化 ± 1 个标准差（用其自身的，否则用模型默认值，否则 ± 0.1），每个刺激在 0…1 内变化 ± 0.1；Sobol 和 Morris 独立、均匀地抽取。</translation>
    </message>
    <message>
        <source>One at a time: the outcome with each input at either end of its range.</source>
        <translation>一次一个：每个输入分别取其范围两端时的结果。</translation>
    </message>
    <message>
        <source>S1: the share of the outcome&apos;s variance an input explains alone; ST: with its interactions. N·(D+2) runs, N a power of two.</source>
        <translation>S1：单个输入单独解释的结果方差比例；ST：包括其交互作用。运行 N·(D+2) 次，N 为 2 的幂。</translation>
    </message>
    <message>
        <source>mu*: the mean absolute change of the outcome across an input&apos;s range; sigma: how much that change depends on the other inputs. N·(D+1) runs.</source>
        <translation>mu*：结果在某输入范围内的平均绝对变化；sigma：该变化在多大程度上取决于其他输入。运行 N·(D+1) 次。</translation>
    </message>
    <message>
        <source>The construct whose level is measured</source>
        <translation>被测量水平的构念</translation>
    </message>
    <message>
        <source>where it settles</source>
        <translation>稳定时</translation>
    </message>
    <message>
        <source>at week</source>
        <translation>在第几周</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果变量</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Samples N</source>
        <translation>样本数 N</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>轨迹数</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <source>The run was cancelled: the plots show the last run that finished.</source>
        <extracomment>The steady state (a few ms) waits until slider events pause for this long. Errors a model can provoke in the engine; they become the ``problem`` signal. View fields that change what is computed from the runs, but not the runs. one per compared scenario, compiled once and updated in place like the active one</extracomment>
        <translation>运行已取消：图表显示上一次完成的运行结果。</translation>
    </message>
    <message>
        <source>The model cannot be simulated: {why}</source>
        <translation>无法模拟该模型：{why}</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <source>Level (0 to 1)</source>
        <extracomment>QSettings key of the &quot;Fit y to data&quot; choice. Off by default: on 0 to 1 the same height means the same level in every scenario, preset and exported slide.</extracomment>
        <translation>水平（0 至 1）</translation>
    </message>
    <message>
        <source>Level (zoomed to the data)</source>
        <translation>水平（按数据缩放）</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>In large text the level axis is short: its label says only what is essential.</extracomment>
        <translation>水平</translation>
    </message>
    <message>
        <source>Fit y to data</source>
        <extracomment>While presenting, the plot&apos;s text grows with the diagram&apos;s only as far as its height allows: one step of text size per this many pixels (a short plot keeps room for lines). A panel narrower than this shows only the final levels beside the plot (&quot;Settles at&quot; comes back when widened), so a laptop&apos;s plot is not squeezed to a strip.</extracomment>
        <translation>y 轴适应数据</translation>
    </message>
    <message>
        <source>Zoom the level axis to the plotted lines, so small effects show; untick to see the full range from 0 to 1</source>
        <translation>将水平轴缩放到所绘曲线，使小效应可见；取消勾选可查看 0 至 1 的完整范围</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>不确定带</translation>
    </message>
    <message>
        <source>Show how sure the levels are, given the uncertainty (sd) of the weights: 10–90 % and 25–75 % bands and the median of many runs</source>
        <translation>根据权重的不确定性（标准差）显示各水平的把握程度：多次运行的 10–90 % 和 25–75 % 区间带及中位数</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Hide the plot&apos;s future, sketch how a construct will move, then reveal the model</source>
        <translation>隐藏图表的未来部分，画出某个构念将如何变化，然后揭晓模型结果</translation>
    </message>
    <message>
        <source>There is nothing to predict: the model has no constructs.</source>
        <translation>没有可预测的内容：模型中没有构念。</translation>
    </message>
    <message>
        <source>Time ({unit})</source>
        <translation>时间（{unit}）</translation>
    </message>
    <message>
        <source>Bands: uncertainty about the weights ({runs} runs), not noise over time.</source>
        <translation>不确定带：关于权重的不确定性（{runs} 次运行），而非随时间变化的噪声。</translation>
    </message>
    <message>
        <source>No weight has an sd and no default sd is set, so they have no width.</source>
        <translation>没有权重设有标准差，也未设默认标准差，因此不确定带没有宽度。</translation>
    </message>
    <message>
        <source>Shown for the active scenario only.</source>
        <translation>仅显示当前情景的。</translation>
    </message>
</context>
<context>
    <name>SliderList</name>
    <message>
        <source>This model has no stimuli yet. Give a construct the role “stimulus” to get a slider for it.</source>
        <translation>此模型还没有刺激。将某个构念的角色设为“刺激”即可获得其滑块。</translation>
    </message>
    <message>
        <source>No paths yet. Connect two constructs on the diagram to get a weight slider.</source>
        <extracomment>From this many weights on, the panel offers a filter box.</extracomment>
        <translation>还没有路径。在模型图上连接两个构念即可获得权重滑块。</translation>
    </message>
</context>
<context>
    <name>StimulusPanel</name>
    <message>
        <source>held at {level}</source>
        <translation>固定于 {level}</translation>
    </message>
    <message>
        <source>{base}, then {level} from {unit} {start}</source>
        <translation>{base}，从第 {start} {unit}起为 {level}</translation>
    </message>
    <message>
        <source>{base}, {level} in {units} {start}–{end}, then {base} again</source>
        <translation>{base}，第 {start}–{end} {units}为 {level}，之后恢复 {base}</translation>
    </message>
    <message>
        <source>{base}, rising to {level} from {unit} {start} to {end}</source>
        <translation>{base}，从第 {start} 到第 {end} {unit}上升至 {level}</translation>
    </message>
    <message>
        <source>{base}, falling to {level} from {unit} {start} to {end}</source>
        <translation>{base}，从第 {start} 到第 {end} {unit}下降至 {level}</translation>
    </message>
    <message>
        <source>a series of {count} values from {first} to {last}</source>
        <translation>从 {first} 到 {last} 的 {count} 个值的序列</translation>
    </message>
    <message>
        <source>Set by “{name}”: {schedule}</source>
        <translation>由“{name}”设定：{schedule}</translation>
    </message>
    <message>
        <source>{key} is not a stimulus of this model</source>
        <translation>{key} 不是此模型的刺激</translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message>
        <source>Rename story to “{title}”</source>
        <translation>将故事重命名为“{title}”</translation>
    </message>
    <message>
        <source>Add story step “{title}”</source>
        <translation>添加故事步骤“{title}”</translation>
    </message>
    <message>
        <source>Rename story step {name} to “{title}”</source>
        <translation>将故事步骤 {name} 重命名为“{title}”</translation>
    </message>
    <message>
        <source>Change story step {name}</source>
        <translation>更改故事步骤 {name}</translation>
    </message>
    <message>
        <source>Move story step {name}</source>
        <translation>移动故事步骤 {name}</translation>
    </message>
    <message>
        <source>Delete story step {name}</source>
        <translation>删除故事步骤 {name}</translation>
    </message>
    <message>
        <source>Show story step “{title}”</source>
        <translation>显示故事步骤“{title}”</translation>
    </message>
    <message>
        <source>Update story step “{title}” from the view</source>
        <translation>按当前视图更新故事步骤“{title}”</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Add current view as step</source>
        <extracomment>Button texts and tooltips, by the name of the panel method they call.</extracomment>
        <translation>将当前视图添加为步骤</translation>
    </message>
    <message>
        <source>A new step showing what the window shows now: the constructs revealed, the highlighted paths, the slider levels, the scenario, the plot and the time cursor</source>
        <translation>新建一个步骤，显示窗口当前的内容：已显示的构念、高亮的路径、滑块水平、情景、图表和时间光标</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the selected step in the window (or double-click it)</source>
        <translation>在窗口中显示所选步骤（或双击它）</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Present the story full screen from the selected step</source>
        <translation>从所选步骤开始全屏演示故事</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected step&apos;s title, caption, reveal and timing</source>
        <translation>编辑所选步骤的标题、说明文字、显示方式和时间</translation>
    </message>
    <message>
        <source>Update from view</source>
        <translation>按当前视图更新</translation>
    </message>
    <message>
        <source>Make the selected step show what the window shows now (its words stay)</source>
        <translation>让所选步骤显示窗口当前的内容（文字保持不变）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected step earlier in the story</source>
        <translation>将所选步骤在故事中前移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected step later in the story</source>
        <translation>将所选步骤在故事中后移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected step (Undo brings it back)</source>
        <translation>删除所选步骤（撤销可恢复）</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>End a step&apos;s reveal: every construct shown again, no path highlighted</source>
        <translation>结束步骤的逐步显示：重新显示所有构念，不高亮任何路径</translation>
    </message>
    <message>
        <source>No steps yet: set up the window, then “Add current view as step”.</source>
        <translation>还没有步骤：先设置好窗口，然后点击“将当前视图添加为步骤”。</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>故事标题</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>故事步骤</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>所选步骤</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>步骤 {n}</translation>
    </message>
    <message>
        <source>Shows {shown} of {total} constructs, the others faded.</source>
        <translation>显示 {total} 个构念中的 {shown} 个，其余淡化。</translation>
    </message>
    <message>
        <source>Shows {shown} of {total} constructs, the others hidden.</source>
        <translation>显示 {total} 个构念中的 {shown} 个，其余隐藏。</translation>
    </message>
    <message>
        <source>Highlights {n} path(s).</source>
        <translation>高亮 {n} 条路径。</translation>
    </message>
    <message>
        <source>Scenario “{name}”.</source>
        <translation>情景“{name}”。</translation>
    </message>
    <message>
        <source>Sets {n} slider(s).</source>
        <translation>设置 {n} 个滑块。</translation>
    </message>
    <message>
        <source>Plays the run from the start.</source>
        <translation>从头播放运行过程。</translation>
    </message>
    <message>
        <source>Cursor at {unit} {time}.</source>
        <translation>光标位于第 {time} {unit}。</translation>
    </message>
</context>
<context>
    <name>StoryStepDialog</name>
    <message>
        <source>Fade the others</source>
        <extracomment>The reveal modes as the dialog offers them.</extracomment>
        <translation>淡化其他</translation>
    </message>
    <message>
        <source>Hide the others</source>
        <translation>隐藏其他</translation>
    </message>
    <message>
        <source>End of run</source>
        <translation>运行结束</translation>
    </message>
    <message>
        <source>Story step “{title}”</source>
        <translation>故事步骤“{title}”</translation>
    </message>
    <message>
        <source>A few sentences to read aloud</source>
        <translation>几句用于朗读的话</translation>
    </message>
    <message>
        <source>Play the run from the start</source>
        <translation>从头播放运行过程</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>不显示</translation>
    </message>
    <message>
        <source>Time cursor ({unit})</source>
        <translation>时间光标（{unit}）</translation>
    </message>
</context>
<context>
    <name>StudyFiles</name>
    <message>
        <source>Study models (*.lav *.lavaan *.csv *.graphml *.xml);;lavaan or semopy syntax (*.lav *.lavaan);;Coefficient table, SmartPLS or FCM matrix (*.csv);;GraphML (*.graphml *.xml);;All files (*)</source>
        <extracomment>Suffixes a dropped file is imported by (not opened as a model file).</extracomment>
        <translation>研究模型 (*.lav *.lavaan *.csv *.graphml *.xml);;lavaan 或 semopy 语法 (*.lav *.lavaan);;系数表、SmartPLS 或 FCM 矩阵 (*.csv);;GraphML (*.graphml *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export lavaan syntax (fixed weights)</source>
        <translation>导出 lavaan 语法（固定权重）</translation>
    </message>
    <message>
        <source>lavaan syntax (*.lav *.lavaan)</source>
        <translation>lavaan 语法 (*.lav *.lavaan)</translation>
    </message>
    <message>
        <source>Export lavaan syntax (free, labelled)</source>
        <translation>导出 lavaan 语法（自由、带标签）</translation>
    </message>
    <message>
        <source>Export hypotheses table</source>
        <translation>导出假设表</translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV table (*.csv);;LaTeX table (*.tex)</source>
        <translation>Markdown 表格 (*.md);;CSV 表格 (*.csv);;LaTeX 表格 (*.tex)</translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translation>导出 GraphML</translation>
    </message>
    <message>
        <source>GraphML for yEd and Gephi (*.graphml)</source>
        <translation>供 yEd 和 Gephi 使用的 GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Export FCM matrix</source>
        <translation>导出 FCM 矩阵</translation>
    </message>
    <message>
        <source>FCM matrix, source rows (*.csv)</source>
        <translation>FCM 矩阵，行为源 (*.csv)</translation>
    </message>
    <message>
        <source>Import study model</source>
        <extracomment>The preview&apos;s class; a test may put a stand-in here.</extracomment>
        <translation>导入研究模型</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>合并 {name}</translation>
    </message>
    <message>
        <source>Merged {name}: {summary}.</source>
        <translation>已合并 {name}：{summary}。</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Imported {name}: {c} constructs, {p} paths.</source>
        <translation>已导入 {name}：{c} 个构念，{p} 条路径。</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>未导入：{why}</translation>
    </message>
    <message>
        <source>Edit ▸ Undo gives the earlier model.</source>
        <translation>编辑 ▸ 撤销可恢复之前的模型。</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
</context>
<context>
    <name>StudyImportDialog</name>
    <message>
        <source>Add the constructs, paths and junctions the open model lacks (by id); a path or junction it already has takes the study&apos;s weight and sd; its own constructs stay as they are.</source>
        <translation>添加当前模型缺少的构念、路径和节点（按 id）；已有的路径或节点采用研究中的权重和标准差；其自身的构念保持不变。</translation>
    </message>
    <message>
        <source>Construct</source>
        <extracomment>The tables&apos; column titles.</extracomment>
        <translation>构念</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>题项</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Expression (:=)</source>
        <translation>表达式 (:=)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Constructs ({n})</source>
        <extracomment>The tabs&apos; titles, with the number of rows.</extracomment>
        <translation>构念（{n}）</translation>
    </message>
    <message>
        <source>Paths ({n})</source>
        <translation>路径（{n}）</translation>
    </message>
    <message>
        <source>Junctions ({n})</source>
        <translation>节点（{n}）</translation>
    </message>
    <message>
        <source>Defined effects ({n})</source>
        <translation>定义的效应（{n}）</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <extracomment>for an FCM matrix, how it runs (None for other studies)</extracomment>
        <translation>没有警告。</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>警告（{n}）</translation>
    </message>
    <message>
        <source>{c} construct(s), {p} path(s), {j} synergy junction(s)</source>
        <translation>{c} 个构念，{p} 条路径，{j} 个协同节点</translation>
    </message>
    <message>
        <source>{n} warning(s): see the Warnings tab before you go on.</source>
        <translation>{n} 个警告：继续之前请查看“警告”标签页。</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Replace or Merge; either can be undone.</source>
        <translation>在选择“替换”或“合并”之前不会有任何更改；两者都可以撤销。</translation>
    </message>
    <message>
        <source>&amp;Replace the Open Model</source>
        <translation>替换当前模型(&amp;R)</translation>
    </message>
    <message>
        <source>The study&apos;s model takes the place of the open one</source>
        <translation>用研究的模型替换当前打开的模型</translation>
    </message>
    <message>
        <source>&amp;Merge into It</source>
        <translation>合并到当前模型(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SynergyController</name>
    <message>
        <source>{unit} {time}</source>
        <translation>第 {time} {unit}</translation>
    </message>
    <message>
        <source>Effect of {member}</source>
        <translation>{member} 的效应</translation>
    </message>
    <message>
        <source>{target} (goal)</source>
        <translation>{target}（目标）</translation>
    </message>
    <message>
        <source>{level} now</source>
        <translation>{level} 当前</translation>
    </message>
    <message>
        <source>Each {step} more {focal} moves {target} by {low} when {moderator} is {bottom} and by {high} when it is {top}</source>
        <translation>{focal} 每增加 {step}，当 {moderator} 为 {bottom} 时 {target} 变化 {low}，为 {top} 时变化 {high}</translation>
    </message>
    <message>
        <source>: the effect never changes sign (no Johnson–Neyman point in {bottom}–{top}).</source>
        <translation>：效应始终不改变符号（在 {bottom}–{top} 内没有 Johnson–Neyman 点）。</translation>
    </message>
    <message>
        <source>: it changes sign where {moderator} is {crossing} (the Johnson–Neyman point).</source>
        <translation>：当 {moderator} 为 {crossing} 时效应改变符号（Johnson–Neyman 点）。</translation>
    </message>
    <message>
        <source>Synergy adds {gap} to {outcome} by {when}</source>
        <translation>到{when}，协同使 {outcome} 增加 {gap}</translation>
    </message>
    <message>
        <source>Synergy takes {gap} from {outcome} by {when}</source>
        <translation>到{when}，协同使 {outcome} 减少 {gap}</translation>
    </message>
</context>
<context>
    <name>SynergyPanel</name>
    <message>
        <source>This model has no synergy junction. A junction makes two or more constructs act co-actively: the product of their deviations from baseline acts on a target. To add one, select its members, then its target last, and choose Edit ▸ Add Synergy Junction (Ctrl+J).</source>
        <translation>此模型没有协同节点。协同节点使两个或以上的构念共同作用：它们相对基线偏差的乘积作用于一个目标。要添加协同节点，请先选择各成员，最后选择目标，然后选择“编辑 ▸ 添加协同节点”（Ctrl+J）。</translation>
    </message>
    <message>
        <source>The synergy junction to show</source>
        <translation>要显示的协同节点</translation>
    </message>
    <message>
        <source>The member whose effect the left plot draws</source>
        <translation>左图绘制其效应的成员</translation>
    </message>
    <message>
        <source>The construct followed over time</source>
        <translation>随时间跟踪的构念</translation>
    </message>
    <message>
        <source>Junction</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Effect of</source>
        <translation>效应来自</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>The model has not been run yet.</source>
        <extracomment>Results and cursor moves are shown once they pause this long: a full draw of the two plots costs tens of ms, so a slider drag keeps the main plots smooth and this panel catches up. The moderator&apos;s low and high levels drawn beside its current one. (as shares of the level range: 0.2 and 0.8 on 0..1)</extracomment>
        <translation>模型尚未运行。</translation>
    </message>
</context>
<context>
    <name>SynergyPlot</name>
    <message>
        <source>with synergy</source>
        <extracomment>Okabe–Ito: moderator low, now, high; the run with the junction and without it. The share of the simple-slopes plot&apos;s data span left free above the lines, for the key. Below this width (pixels) the plots are stacked, above it side by side.</extracomment>
        <translation>有协同</translation>
    </message>
    <message>
        <source>without</source>
        <translation>无协同</translation>
    </message>
    <message>
        <source>Simple slopes</source>
        <translation>简单斜率</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
</context>
<context>
    <name>TimeCursor</name>
    <message>
        <source>Time cursor</source>
        <extracomment>Milliseconds per step while playing at 1×: a 52-week run plays in about six seconds. The time slider never gets narrower than this (a square knob cannot be dragged). The play speeds offered, as (text, factor).</extracomment>
        <translation>时间光标</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>How fast Play runs through the weeks</source>
        <translation>播放逐周推进的速度</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>{unit} {now} of {end}</source>
        <translation>第 {now} {unit}（共 {end}）</translation>
    </message>
</context>
<context>
    <name>ValuesTable</name>
    <message>
        <source>wk</source>
        <extracomment>A run whose last step moves no level by more than this has settled (FCMpy&apos;s criterion). Short time units for the &quot;Settles at&quot; column: &quot;0.62 (wk 31)&quot;.</extracomment>
        <translation>周</translation>
    </message>
    <message>
        <source>mo</source>
        <translation>月</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>年</translation>
    </message>
    <message>
        <source>h</source>
        <translation>时</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>Settles at</source>
        <translation>稳定于</translation>
    </message>
    <message>
        <source>The level the construct settles at if the stimuli stay as they are (the steady state), and when it gets there (to within 0.005). “does not settle” means the model oscillates or keeps moving.</source>
        <translation>若刺激保持不变，构念最终稳定的水平（稳态）及到达时间（误差 0.005 以内）。“不稳定”表示模型振荡或持续变化。</translation>
    </message>
    <message>
        <source>does not settle</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>{level} (after {short} {time})</source>
        <translation>{level}（第 {time} {short}后）</translation>
    </message>
    <message>
        <source>Settles at {level} after {unit} {time}, beyond this run.</source>
        <translation>在第 {time} {unit}之后稳定于 {level}，超出本次运行。</translation>
    </message>
    <message>
        <source>{level} ({short} {time})</source>
        <translation>{level}（第 {time} {short}）</translation>
    </message>
    <message>
        <source>Settles at {level} from {unit} {time} on (to within 0.005).</source>
        <translation>从第 {time} {unit}起稳定于 {level}（误差 0.005 以内）。</translation>
    </message>
    <message>
        <source>Does not settle: {reason}.</source>
        <translation>不稳定：{reason}。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Stimulus</source>
        <translation>刺激</translation>
    </message>
    <message>
        <source>Organism</source>
        <translation>机体</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>反应</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Logistic</source>
        <translation>Logistic</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Bivalent</source>
        <translation>二值</translation>
    </message>
    <message>
        <source>Trivalent</source>
        <translation>三值</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>因果</translation>
    </message>
    <message>
        <source>Trust transfer</source>
        <translation>信任转移</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>As drawn</source>
        <translation>按图所示</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Filter weights by name…</source>
        <translation>按名称筛选权重…</translation>
    </message>
    <message>
        <source>Scenario “{name}” sets this weight to {weight}.</source>
        <translation>情景“{name}”将此权重设为 {weight}。</translation>
    </message>
    <message>
        <source>there is no path or junction {key}</source>
        <translation>没有路径或节点 {key}</translation>
    </message>
    <message>
        <source>Synergy junction: its members act together, as a product.</source>
        <translation>协同节点：其成员以乘积形式共同作用。</translation>
    </message>
    <message>
        <source>{kind} path.</source>
        <translation>{kind}路径。</translation>
    </message>
</context>
<context>
    <name>WhyController</name>
    <message>
        <source>a stimulus</source>
        <extracomment>Shares smaller than this (in level units) are not worth a bar of their own.</extracomment>
        <translation>刺激</translation>
    </message>
    <message>
        <source>clamped in this scenario</source>
        <translation>在此情景中被固定</translation>
    </message>
    <message>
        <source>held</source>
        <translation>被固定</translation>
    </message>
    <message>
        <source>{n} tiny routes</source>
        <translation>{n} 条极小的路线</translation>
    </message>
    <message>
        <source>{n} tiny paths</source>
        <translation>{n} 条极小的路径</translation>
    </message>
    <message>
        <source>{n} routes, each smaller than {small}</source>
        <translation>{n} 条路线，每条都小于 {small}</translation>
    </message>
    <message>
        <source>{n} paths, each smaller than {small}</source>
        <translation>{n} 条路径，每条都小于 {small}</translation>
    </message>
    <message>
        <source>The level it started at has not faded yet.</source>
        <translation>起始水平的影响尚未消退。</translation>
    </message>
    <message>
        <source>Influence that went round a feedback loop on its way: no single route carries it.</source>
        <translation>途中绕过反馈回路的影响：无法归于单一路线。</translation>
    </message>
    <message>
        <source>Influence along feedback loops and along routes too many to list one by one.</source>
        <translation>沿反馈回路及众多路线传递、无法逐一列出的影响。</translation>
    </message>
    <message>
        <source>What the update rule gives when every input is at its baseline.</source>
        <translation>所有输入都处于基线时更新规则给出的值。</translation>
    </message>
    <message>
        <source>The last bit the model has not settled yet.</source>
        <translation>模型尚未稳定的最后一部分。</translation>
    </message>
    <message>
        <source>A stimulus or clamped construct: its slider, schedule or clamp sets its level.</source>
        <translation>刺激或被固定的构念：其水平由滑块、安排或固定值设定。</translation>
    </message>
    <message>
        <source>Select a construct on the diagram to see its level explained.</source>
        <translation>在模型图上选择一个构念，即可查看其水平的解释。</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>The model has not been run yet.</source>
        <translation>模型尚未运行。</translation>
    </message>
    <message>
        <source>the long run is still being worked out</source>
        <translation>长期结果仍在计算中</translation>
    </message>
    <message>
        <source>long run</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>{unit} {time}</source>
        <translation>第 {time} {unit}</translation>
    </message>
    <message>
        <source>Why is {label} {level}? ({when})</source>
        <translation>为什么 {label} 为 {level}？（{when}）</translation>
    </message>
    <message>
        <source>{label} is set outside the model ({how}): no route leads to it. Select an organism or response to see why it moves.</source>
        <translation>{label} 由模型外部设定（{how}）：没有路线通向它。选择一个机体或反应构念，即可查看其变化的原因。</translation>
    </message>
    <message>
        <source>Baseline {base}, so {change} to explain</source>
        <translation>基线为 {base}，需解释的变化为 {change}</translation>
    </message>
    <message>
        <source>{sources} (its own level)</source>
        <translation>{sources}（自身水平）</translation>
    </message>
    <message>
        <source>{label}, weight {weight}</source>
        <translation>{label}，权重 {weight}</translation>
    </message>
    <message>
        <source>{amount} of the {total} change from the baseline</source>
        <translation>相对基线的 {total} 变化中的 {amount}</translation>
    </message>
    <message>
        <source>Why is {label} where it is?</source>
        <translation>为什么 {label} 处于当前水平？</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>{n} smaller routes</source>
        <translation>{n} 条较小的路线</translation>
    </message>
    <message>
        <source>{n} smaller paths</source>
        <translation>{n} 条较小的路径</translation>
    </message>
    <message>
        <source>{group}: {n} more routes</source>
        <translation>{group}：另有 {n} 条路线</translation>
    </message>
    <message>
        <source>{group}: {n} more paths</source>
        <translation>{group}：另有 {n} 条路径</translation>
    </message>
    <message>
        <source>By route</source>
        <translation>按路线</translation>
    </message>
    <message>
        <source>By path</source>
        <translation>按路径</translation>
    </message>
    <message>
        <source>At cursor</source>
        <translation>在光标处</translation>
    </message>
    <message>
        <source>Long run</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Total: level − baseline</source>
        <translation>合计：水平 − 基线</translation>
    </message>
</context>
</TS>
