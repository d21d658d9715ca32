<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>Start an empty model</source>
        <translation>Mulai model kosong</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Buka berkas model</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>Simpan model</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <source>Save the model under a new name</source>
        <translation>Simpan model dengan nama baru</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>&amp;Ekspor Gambar…</translation>
    </message>
    <message>
        <source>Save the plot as a PNG, SVG or PDF image for slides</source>
        <translation>Simpan grafik sebagai gambar PNG, SVG, atau PDF untuk salindia</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>Ekspor &amp;Diagram…</translation>
    </message>
    <message>
        <source>Save the diagram with the model&apos;s title as a PNG, SVG or PDF image for slides</source>
        <translation>Simpan diagram beserta judul model sebagai gambar PNG, SVG, atau PDF untuk salindia</translation>
    </message>
    <message>
        <source>&amp;Study Model…</source>
        <translation>Model &amp;Penelitian…</translation>
    </message>
    <message>
        <source>Read lavaan or semopy syntax, a coefficient table, a SmartPLS or FCM matrix, or GraphML; a preview shows what it holds before anything changes</source>
        <translation>Baca sintaks lavaan atau semopy, tabel koefisien, matriks SmartPLS atau FCM, atau GraphML; pratinjau menunjukkan isinya sebelum ada yang berubah</translation>
    </message>
    <message>
        <source>&amp;Estimate from Survey…</source>
        <translation>&amp;Estimasi dari Survei…</translation>
    </message>
    <message>
        <source>Estimate the path weights of a lavaan model from survey data (CSV of item answers)</source>
        <translation>Estimasi bobot jalur model lavaan dari data survei (CSV jawaban butir)</translation>
    </message>
    <message>
        <source>&amp;lavaan Syntax (Fixed Weights)…</source>
        <translation>Sintaks &amp;lavaan (Bobot Tetap)…</translation>
    </message>
    <message>
        <source>Write the model as lavaan syntax with the current weights as fixed values</source>
        <translation>Tulis model sebagai sintaks lavaan dengan bobot saat ini sebagai nilai tetap</translation>
    </message>
    <message>
        <source>lavaan Syntax (&amp;Free, Labelled)…</source>
        <translation>Sintaks lavaan (&amp;Bebas, Berlabel)…</translation>
    </message>
    <message>
        <source>Write the model as lavaan syntax with labelled free coefficients, to estimate</source>
        <translation>Tulis model sebagai sintaks lavaan dengan koefisien bebas berlabel, untuk diestimasi</translation>
    </message>
    <message>
        <source>&amp;Hypotheses Table…</source>
        <translation>Tabel &amp;Hipotesis…</translation>
    </message>
    <message>
        <source>H1…Hn as a Markdown, CSV or LaTeX table (by the file&apos;s suffix)</source>
        <translation>H1…Hn sebagai tabel Markdown, CSV, atau LaTeX (menurut akhiran berkas)</translation>
    </message>
    <message>
        <source>&amp;GraphML…</source>
        <translation>&amp;GraphML…</translation>
    </message>
    <message>
        <source>The diagram for yEd and Gephi</source>
        <translation>Diagram untuk yEd dan Gephi</translation>
    </message>
    <message>
        <source>FCM &amp;Matrix…</source>
        <translation>&amp;Matriks FCM…</translation>
    </message>
    <message>
        <source>The concept matrix (CSV, source rows)</source>
        <translation>Matriks konsep (CSV, baris sumber)</translation>
    </message>
    <message>
        <source>One-Page PDF &amp;Report…</source>
        <translation>&amp;Laporan PDF Satu Halaman…</translation>
    </message>
    <message>
        <source>The diagram, the plot, the table of levels, the scenario and the date on one page</source>
        <translation>Diagram, grafik, tabel tingkat, skenario, dan tanggal dalam satu halaman</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Close Synergy Explorer</source>
        <translation>Tutup Synergy Explorer</translation>
    </message>
    <message>
        <source>Add &amp;Construct</source>
        <translation>Tambah &amp;Konstruk</translation>
    </message>
    <message>
        <source>Add a construct in the middle of the diagram (or double-click empty canvas)</source>
        <translation>Tambahkan konstruk di tengah diagram (atau klik ganda area kosong)</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected</source>
        <translation>&amp;Hubungkan yang Dipilih</translation>
    </message>
    <message>
        <source>Draw a path between the two selected constructs (or drag from a construct&apos;s edge)</source>
        <translation>Gambar jalur antara dua konstruk yang dipilih (atau seret dari tepi konstruk)</translation>
    </message>
    <message>
        <source>Add Synergy &amp;Junction</source>
        <translation>Tambah &amp;Simpul Sinergi</translation>
    </message>
    <message>
        <source>Select the members, then their target last, to add a co-active synergy term</source>
        <translation>Pilih anggota-anggotanya, lalu targetnya paling akhir, untuk menambah suku sinergi yang ko-aktif</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti Nama…</translation>
    </message>
    <message>
        <source>Rename the selected construct</source>
        <translation>Ganti nama konstruk yang dipilih</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Pilih &amp;Semua</translation>
    </message>
    <message>
        <source>Select every construct, path and junction of the diagram</source>
        <translation>Pilih semua konstruk, jalur, dan simpul pada diagram</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>Hapus item yang dipilih</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Per&amp;besar</translation>
    </message>
    <message>
        <source>Enlarge the diagram</source>
        <translation>Perbesar diagram</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <source>Shrink the diagram</source>
        <translation>Perkecil diagram</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Sesuaikan dengan Jendela</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Tampilkan seluruh diagram</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>Tata Letak &amp;Otomatis</translation>
    </message>
    <message>
        <source>Arrange constructs in columns: stimuli, organism, responses</source>
        <translation>Susun konstruk dalam kolom: stimulus, organisme, respons</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Teks Lebih &amp;Besar</translation>
    </message>
    <message>
        <source>Enlarge the text of the diagram and the plots</source>
        <translation>Perbesar teks diagram dan grafik</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Teks Lebih &amp;Kecil</translation>
    </message>
    <message>
        <source>Shrink the text of the diagram and the plots</source>
        <translation>Perkecil teks diagram dan grafik</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Ukuran Teks &amp;Normal</translation>
    </message>
    <message>
        <source>Draw text at its normal size</source>
        <translation>Tampilkan teks dalam ukuran normal</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentasi</translation>
    </message>
    <message>
        <source>Full screen for a lecture hall: large type, the story step by step (Esc leaves)</source>
        <translation>Layar penuh untuk ruang kuliah: huruf besar, alur cerita langkah demi langkah (Esc untuk keluar)</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>Palet &amp;Gelap</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>Beralih antara terang dan gelap</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Putar</translation>
    </message>
    <message>
        <source>Play the time cursor: the diagram shows the levels week by week</source>
        <translation>Jalankan kursor waktu: diagram menampilkan tingkat minggu demi minggu</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Langkah</translation>
    </message>
    <message>
        <source>Move the time cursor one step</source>
        <translation>Majukan kursor waktu satu langkah</translation>
    </message>
    <message>
        <source>P&amp;redict, then Reveal</source>
        <translation>P&amp;rediksi, lalu Ungkap</translation>
    </message>
    <message>
        <source>Hide the plot&apos;s future, sketch how a construct will move, then reveal the model</source>
        <translation>Sembunyikan masa depan grafik, sketsakan bagaimana sebuah konstruk akan bergerak, lalu ungkap hasil model</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Ungkap</translation>
    </message>
    <message>
        <source>Play the model&apos;s run over the prediction and show the gap</source>
        <translation>Putar jalannya model di atas prediksi dan tampilkan selisihnya</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>Open the guide: legend, gestures, theory</source>
        <translation>Buka panduan: legenda, gerakan, teori</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;losarium</translation>
    </message>
    <message>
        <source>The terms of social-media marketing and S-O-R</source>
        <translation>Istilah pemasaran media sosial dan S-O-R</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Submenus the registry builds itself: ``&quot;@name&quot;`` in :data:`MENUS` -&gt; (title, entries).</extracomment>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>E&amp;xport As</source>
        <translation>E&amp;kspor Sebagai</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus and their entries; ``&quot;-&quot;`` is a separator, ``&quot;@name&quot;`` a submenu of :data:`SUBMENUS` or a group the main window fills in (presets, recent files, dock toggles, the scenario chooser).</extracomment>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>S&amp;imulasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panel</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the program: {error}</source>
        <extracomment>The library Qt 6&apos;s xcb platform plugin needs and pip cannot install, and its package.</extracomment>
        <translation>Terjadi kesalahan di dalam program: {error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>“{name}”, last copied on {when}</source>
        <translation>“{name}”, terakhir disalin pada {when}</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: {why}</source>
        <extracomment>() -&gt; (the file the work belongs to or None, the name the title shows)</extracomment>
        <translation>Salinan pemulihan tidak dapat ditulis: {why}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Pulihkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <source>Synergy Explorer closed before {work} was saved.

Restore the unsaved work, or discard it?</source>
        <translation>Synergy Explorer tertutup sebelum {work} disimpan.

Pulihkan pekerjaan yang belum disimpan, atau buang?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Putuskan Nanti</translation>
    </message>
</context>
<context>
    <name>BandsController</name>
    <message>
        <source>The bands cannot be computed: {why}</source>
        <extracomment>Errors a model can provoke in the engine; they become the ``problem`` signal. The fields of the uncertainty itself, which the simulation ignores but the bands do not.</extracomment>
        <translation>Pita tidak dapat dihitung: {why}</translation>
    </message>
    <message>
        <source>The bands failed ({kind}: {error})</source>
        <translation>Pita gagal dihitung ({kind}: {error})</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <source>“{text}” has more than {n} decimals</source>
        <extracomment>How long a refused keystroke&apos;s reason stays in the status bar (ms).</extracomment>
        <translation>“{text}” memiliki lebih dari {n} desimal</translation>
    </message>
    <message>
        <source>“{text}” is out of range; type a number from {low} to {high}</source>
        <translation>“{text}” di luar rentang; ketik angka dari {low} sampai {high}</translation>
    </message>
    <message>
        <source>“{text}” is not a number; type a number from {low} to {high}</source>
        <translation>“{text}” bukan angka; ketik angka dari {low} sampai {high}</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Most outcome for a budget</source>
        <translation>Hasil terbesar untuk suatu anggaran</translation>
    </message>
    <message>
        <source>Least spend to reach a target</source>
        <translation>Belanja terkecil untuk mencapai target</translation>
    </message>
    <message>
        <source>Where an extra amount should go</source>
        <translation>Ke mana jumlah tambahan sebaiknya dialokasikan</translation>
    </message>
    <message>
        <source>Budget (total over the run)</source>
        <translation>Anggaran (total selama simulasi)</translation>
    </message>
    <message>
        <source>Target level ({low:g} to {high:g})</source>
        <translation>Tingkat target ({low:g} sampai {high:g})</translation>
    </message>
    <message>
        <source>Extra (total over the run)</source>
        <translation>Tambahan (total selama simulasi)</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Below this width (pixels) the answer is shown under the form, not beside it.</extracomment>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Alokasikan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Compare with current plan</source>
        <translation>Bandingkan dengan rencana saat ini</translation>
    </message>
    <message>
        <source>Show the allocation beside the current plan in the plots and the comparison table</source>
        <translation>Tampilkan alokasi di samping rencana saat ini pada grafik dan tabel perbandingan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Optional limits per channel (totals over the run):</source>
        <translation>Batas opsional per kanal (total selama simulasi):</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>maks</translation>
    </message>
    <message>
        <source>Minimum of {name}</source>
        <translation>Minimum {name}</translation>
    </message>
    <message>
        <source>Maximum of {name}</source>
        <translation>Maksimum {name}</translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation>Ketik {what}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” bukan angka.</translation>
    </message>
    <message>
        <source>A target is a level from {low:g} to {high:g} (got {value:g}).</source>
        <translation>Target adalah tingkat dari {low:g} sampai {high:g} (didapat {value:g}).</translation>
    </message>
    <message>
        <source>{what} must not be negative (got {value:g}).</source>
        <translation>{what} tidak boleh negatif (didapat {value:g}).</translation>
    </message>
    <message>
        <source>{name}: “{text}” is not a spend of 0 or more.</source>
        <translation>{name}: “{text}” bukan belanja sebesar 0 atau lebih.</translation>
    </message>
    <message>
        <source>{name}: the minimum ({low}) is above the maximum ({high}).</source>
        <translation>{name}: minimum ({low}) melebihi maksimum ({high}).</translation>
    </message>
    <message>
        <source>A minimum does not go with an extra amount: the current spend is kept.</source>
        <translation>Minimum tidak berlaku untuk jumlah tambahan: belanja saat ini dipertahankan.</translation>
    </message>
    <message>
        <source>The minima add up to {low}, above the budget of {budget}.</source>
        <translation>Jumlah minimum mencapai {low}, melebihi anggaran {budget}.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>A spend slider reaches three half-saturations a week (or twice the current spend).</extracomment>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Name, the stimuli it drives and their shares, cost unit, levels and note</source>
        <translation>Nama, stimulus yang didorong beserta porsinya, satuan biaya, tingkat, dan catatan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove this channel and every scenario&apos;s spend on it</source>
        <translation>Hapus kanal ini beserta belanja setiap skenario untuknya</translation>
    </message>
    <message>
        <source>Carry-over θ: the share of last week&apos;s effect kept this week (0: none)</source>
        <translation>Carry-over θ: bagian efek minggu lalu yang masih bertahan minggu ini (0: tidak ada)</translation>
    </message>
    <message>
        <source>Half saturation: the weekly spend on one stimulus (its share, after carry-over) that buys half the lift</source>
        <translation>Setengah jenuh: belanja mingguan untuk satu stimulus (bagiannya, setelah carry-over) yang menghasilkan setengah kenaikan</translation>
    </message>
    <message>
        <source>Shape: 1 bends from the first spend on; above 1 an S-curve (slow at first)</source>
        <translation>Bentuk: 1 melengkung sejak belanja pertama; di atas 1 kurva S (lambat di awal)</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Carry-over</translation>
    </message>
    <message>
        <source>Half sat.</source>
        <translation>Stgh jenuh</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <source>Spend on {name}</source>
        <translation>Belanja untuk {name}</translation>
    </message>
    <message>
        <source>drives {stimuli}; spend in {unit}</source>
        <translation>mendorong {stimuli}; belanja dalam {unit}</translation>
    </message>
    <message>
        <source>The allocator is searching for the best split…</source>
        <extracomment>Changes followed even when a run would not be: what spend buys, the levels a target takes.</extracomment>
        <translation>Pengalokasi sedang mencari pembagian terbaik…</translation>
    </message>
    <message>
        <source>The model or the outcome changed while the allocator ran: its answer is dropped. Allocate again.</source>
        <translation>Model atau hasil berubah saat pengalokasi berjalan: jawabannya dibuang. Alokasikan lagi.</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Alokasi</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Rencana saat ini</translation>
    </message>
    <message>
        <source>The spend plan the allocation started from.</source>
        <translation>Rencana belanja yang menjadi titik awal alokasi.</translation>
    </message>
    <message>
        <source>The model changed: bringing the curves up to date…</source>
        <translation>Model berubah: kurva sedang diperbarui…</translation>
    </message>
    <message>
        <source>The allocation&apos;s scenario, or the plan it started from, is gone: allocate again.</source>
        <translation>Skenario alokasi, atau rencana awalnya, sudah tidak ada: alokasikan lagi.</translation>
    </message>
    <message>
        <source>The budget computation failed ({kind}: {error}).</source>
        <translation>Perhitungan anggaran gagal ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Now: {label} = {value}; a dot marks each channel&apos;s current spend.</source>
        <translation>Saat ini: {label} = {value}; titik menandai belanja saat ini pada setiap kanal.</translation>
    </message>
    <message>
        <source>Verdict: {label} cannot reach {target} with any spend within the limits. The best reachable is {best}, spending {total} in all:</source>
        <translation>Kesimpulan: {label} tidak dapat mencapai {target} dengan belanja berapa pun dalam batas yang ditetapkan. Yang terbaik yang dapat dicapai adalah {best}, dengan total belanja {total}:</translation>
    </message>
    <message>
        <source>Least spend for {label} ≥ {target}: {total} ({change}).</source>
        <translation>Belanja terkecil agar {label} ≥ {target}: {total} ({change}).</translation>
    </message>
    <message>
        <source>{label}: {change} with {extra} more.</source>
        <translation>{label}: {change} dengan tambahan {extra}.</translation>
    </message>
    <message>
        <source>{label}: {change} for {total} in all.</source>
        <translation>{label}: {change} dengan total {total}.</translation>
    </message>
    <message>
        <source>Added as the scenario “{name}”.</source>
        <translation>Ditambahkan sebagai skenario “{name}”.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <extracomment>Channel fields a row shows in place; any other change rebuilds the rows.</extracomment>
        <translation>Tambah kanal</translation>
    </message>
    <message>
        <source>The construct spend is measured by</source>
        <translation>Konstruk yang menjadi ukuran belanja</translation>
    </message>
    <message>
        <source>at week </source>
        <translation>pada minggu </translation>
    </message>
    <message>
        <source>run average</source>
        <translation>rata-rata simulasi</translation>
    </message>
    <message>
        <source>Measure the outcome&apos;s average over the whole run instead</source>
        <translation>Ukur rata-rata hasil selama seluruh simulasi sebagai gantinya</translation>
    </message>
    <message>
        <source>This model has no channels yet. A channel says what money buys: its spend per week moves a stimulus, with carry-over from week to week and diminishing returns. Add one to see response curves and let the allocator split a budget.</source>
        <translation>Model ini belum memiliki kanal. Kanal menyatakan apa yang dibeli uang: belanja mingguannya menggerakkan suatu stimulus, dengan carry-over dari minggu ke minggu dan hasil yang semakin menurun. Tambahkan satu untuk melihat kurva respons dan biarkan pengalokasi membagi anggaran.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Spend and curves</source>
        <translation>Belanja dan kurva</translation>
    </message>
    <message>
        <source>Next {amount} a week: {change}</source>
        <translation>{amount} berikutnya per minggu: {change}</translation>
    </message>
    <message>
        <source>Total spend over the run ({unit})</source>
        <extracomment>Okabe–Ito, one per channel in turn. The curves&apos; key is drawn in plots at least this wide (pixels, at text scale 1).</extracomment>
        <translation>Total belanja selama simulasi ({unit})</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Saat ini</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Dialokasikan</translation>
    </message>
    <message>
        <source>A channel drives a stimulus, and this model has none: give a construct the role “stimulus” first.</source>
        <translation>Kanal mendorong stimulus, dan model ini tidak memiliki stimulus: beri sebuah konstruk peran “stimulus” terlebih dahulu.</translation>
    </message>
    <message>
        <source>Spend on {label}</source>
        <translation>Belanja untuk {label}</translation>
    </message>
    <message>
        <source>Added in the Budget dock: set its numbers from your own data.</source>
        <translation>Ditambahkan di panel Anggaran: atur angkanya dari data Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel “{name}”</source>
        <extracomment>Shares are shown to 0.1 %: a total within half of that per share of 100 % is whole (thirds show 33.3 % each); the shares are scaled to sum to 1 on OK.</extracomment>
        <translation>Kanal “{name}”</translation>
    </message>
    <message>
        <source>What one unit of spend is, e.g. € per week</source>
        <translation>Satu satuan belanja, mis. € per minggu</translation>
    </message>
    <message>
        <source>The level of the stimuli it drives when nothing is spent</source>
        <translation>Tingkat stimulus yang didorongnya bila tidak ada belanja</translation>
    </message>
    <message>
        <source>The level approached as spend grows without end</source>
        <translation>Tingkat yang didekati bila belanja terus bertambah tanpa batas</translation>
    </message>
    <message>
        <source>Where its numbers come from (a study, last year&apos;s campaign …)</source>
        <extracomment>the levels as the spins show them (rounded to their decimals)</extracomment>
        <translation>Dari mana angkanya berasal (sebuah studi, kampanye tahun lalu …)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>Mendorong</translation>
    </message>
    <message>
        <source>Cost unit</source>
        <translation>Satuan biaya</translation>
    </message>
    <message>
        <source>Level with no spend</source>
        <translation>Tingkat tanpa belanja</translation>
    </message>
    <message>
        <source>Level it approaches</source>
        <translation>Tingkat yang didekati</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Share of the spend on {name}</source>
        <translation>Porsi belanja untuk {name}</translation>
    </message>
    <message>
        <source>Share evenly</source>
        <translation>Bagi rata</translation>
    </message>
    <message>
        <source>Give each stimulus it drives the same share</source>
        <translation>Beri porsi yang sama kepada setiap stimulus yang didorongnya</translation>
    </message>
    <message>
        <source>The shares add up to {total} %</source>
        <translation>Jumlah porsi {total} %</translation>
    </message>
    <message>
        <source>(tick at least one stimulus for it to drive)</source>
        <translation>(centang sedikitnya satu stimulus yang didorong)</translation>
    </message>
    <message>
        <source>(each stimulus ticked needs a share)</source>
        <translation>(setiap stimulus yang dicentang perlu porsi)</translation>
    </message>
    <message>
        <source>(they must add up to 100 %)</source>
        <translation>(jumlahnya harus 100 %)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Allocate into “{name}”</source>
        <translation>Alokasikan ke “{name}”</translation>
    </message>
    <message>
        <source>Add “{label}”</source>
        <translation>Tambah “{label}”</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Hapus {name}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Connect {source} → {target}</source>
        <translation>Hubungkan {source} → {target}</translation>
    </message>
    <message>
        <source>Add synergy junction</source>
        <translation>Tambah simpul sinergi</translation>
    </message>
    <message>
        <source>Change {item}{fields}</source>
        <translation>Ubah {item}{fields}</translation>
    </message>
    <message>
        <source>Set weight of {name}</source>
        <translation>Atur bobot {name}</translation>
    </message>
    <message>
        <source>Set level of {name}</source>
        <translation>Atur tingkat {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Pindahkan {name}</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>The view-state fields the diagram draws. &quot;Show in Synergy&quot; on a junction&apos;s menu: the window brings the Synergy dock forward. The text size changed the nodes&apos; sizes and the arrows are routed again: a view that was showing the whole diagram fits it again.</extracomment>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>New scenario “{name}”</source>
        <translation>Skenario baru “{name}”</translation>
    </message>
    <message>
        <source>Delete scenario “{name}”</source>
        <translation>Hapus skenario “{name}”</translation>
    </message>
    <message>
        <source>Move scenario “{name}”</source>
        <translation>Pindahkan skenario “{name}”</translation>
    </message>
    <message>
        <source>Set schedule of {name} in “{scenario}”</source>
        <translation>Atur jadwal {name} dalam “{scenario}”</translation>
    </message>
    <message>
        <source>Clamp {name} in “{scenario}”</source>
        <translation>Tahan {name} dalam “{scenario}”</translation>
    </message>
    <message>
        <source>Override weight of {name} in “{scenario}”</source>
        <translation>Ganti bobot {name} dalam “{scenario}”</translation>
    </message>
    <message>
        <source>Add channel “{name}”</source>
        <translation>Tambah kanal “{name}”</translation>
    </message>
    <message>
        <source>Remove channel {name}</source>
        <translation>Hapus kanal {name}</translation>
    </message>
    <message>
        <source>Change {item} {fields}</source>
        <translation>Ubah {item} {fields}</translation>
    </message>
    <message>
        <source>Set spend on {name} in “{scenario}”</source>
        <translation>Atur belanja untuk {name} dalam “{scenario}”</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>Duplikat “{name}”</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>Ganti nama “{old}” menjadi “{new}”</translation>
    </message>
    <message>
        <source>Edit channel “{name}”</source>
        <translation>Sunting kanal “{name}”</translation>
    </message>
    <message>
        <source>Edit the description of “{name}”</source>
        <extracomment>The undo texts of the scenario&apos;s fields edited here.</extracomment>
        <translation>Sunting deskripsi “{name}”</translation>
    </message>
    <message>
        <source>Edit the segment of “{name}”</source>
        <translation>Sunting segmen “{name}”</translation>
    </message>
</context>
<context>
    <name>CompareControls</name>
    <message>
        <source>Simulating… %p%</source>
        <translation>Menyimulasikan… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop this run; the plots keep the last run that finished</source>
        <translation>Hentikan simulasi ini; grafik tetap menampilkan simulasi terakhir yang selesai</translation>
    </message>
    <message>
        <source>The scenario the others are measured against (Δ ref)</source>
        <translation>Skenario acuan bagi skenario lain (Δ acuan)</translation>
    </message>
    <message>
        <source>The table&apos;s “≥” column: the first week a level reaches this</source>
        <translation>Kolom “≥” pada tabel: minggu pertama suatu tingkat mencapai nilai ini</translation>
    </message>
    <message>
        <source>One plot per construct</source>
        <translation>Satu grafik per konstruk</translation>
    </message>
    <message>
        <source>Small multiples: easier to read when many lines tangle</source>
        <translation>Grafik kecil berganda: lebih mudah dibaca bila banyak garis bertumpuk</translation>
    </message>
    <message>
        <source>Differences on diagram</source>
        <translation>Selisih pada diagram</translation>
    </message>
    <message>
        <source>The diagram shows, at the time cursor, how far the selected scenario is from the reference</source>
        <translation>Diagram menampilkan, pada kursor waktu, seberapa jauh skenario yang dipilih dari acuan</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Ekspor Tabel…</translation>
    </message>
    <message>
        <source>Save the comparison table as CSV for a spreadsheet</source>
        <translation>Simpan tabel perbandingan sebagai CSV untuk lembar kerja</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Acuan</translation>
    </message>
    <message>
        <source>Reaches ≥</source>
        <translation>Mencapai ≥</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Δ ref</source>
        <translation>Δ acuan</translation>
    </message>
    <message>
        <source>Settles</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Mencapai</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rerata</translation>
    </message>
    <message>
        <source>The level at the end of the run</source>
        <translation>Tingkat pada akhir simulasi</translation>
    </message>
    <message>
        <source>The final level minus the reference scenario&apos;s</source>
        <translation>Tingkat akhir dikurangi tingkat skenario acuan</translation>
    </message>
    <message>
        <source>The level it settles at if the stimuli stay as they end, and the week it gets there (to within 0.005); “no” when it oscillates or keeps moving</source>
        <translation>Tingkat stabilnya jika stimulus tetap seperti di akhir, dan minggu saat tercapai (dalam selisih 0,005); “tidak” bila berosilasi atau terus bergerak</translation>
    </message>
    <message>
        <source>The first week the level is at or above the threshold; “never” within the run</source>
        <translation>Minggu pertama tingkat mencapai atau melampaui ambang; “tidak pernah” dalam simulasi</translation>
    </message>
    <message>
        <source>The average level over the run (the area under the line divided by its length)</source>
        <translation>Tingkat rata-rata selama simulasi (luas di bawah garis dibagi panjangnya)</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Perbandingan skenario</translation>
    </message>
    <message>
        <source>Construct</source>
        <translation>Konstruk</translation>
    </message>
    <message>
        <source> (reference)</source>
        <translation> (acuan)</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>acuan</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>{level} after {short} {time}</source>
        <translation>{level} setelah {short} {time}</translation>
    </message>
    <message>
        <source>{level} {short} {time}</source>
        <translation>{level} {short} {time}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>{short} {time}</source>
        <translation>{short} {time}</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>ambang</translation>
    </message>
</context>
<context>
    <name>ConstructItem</name>
    <message>
        <source>References</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <source>(Help ▸ Glossary, F1)</source>
        <translation>(Bantuan ▸ Glosarium, F1)</translation>
    </message>
    <message>
        <source>{difference} against the reference scenario at the time cursor</source>
        <extracomment>levels run -1..1 (FCM&apos;s bipolar range): the bar fills from its middle, to the left for a negative level</extracomment>
        <translation>{difference} dibandingkan skenario acuan pada kursor waktu</translation>
    </message>
    <message>
        <source>Drag onto another construct to connect them (or Shift+drag the node)</source>
        <translation>Seret ke konstruk lain untuk menghubungkannya (atau Shift+seret simpulnya)</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>a file without suffix</source>
        <extracomment>Space around the figure and between its title and the diagram (figure units: pixels). A tall diagram is drawn smaller rather than as a strip no slide can hold.</extracomment>
        <translation>berkas tanpa akhiran</translation>
    </message>
    <message>
        <source>a diagram is exported as PNG, SVG or PDF, not {what}</source>
        <translation>diagram diekspor sebagai PNG, SVG, atau PDF, bukan {what}</translation>
    </message>
    <message>
        <source>the diagram is empty: add a construct before exporting it</source>
        <translation>diagram kosong: tambahkan konstruk sebelum mengekspornya</translation>
    </message>
    <message>
        <source>could not write the figure to {folder}</source>
        <translation>tidak dapat menulis gambar ke {folder}</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Synergy Explorer models (*.synergy.json);;JSON files (*.json);;All files (*)</source>
        <translation>Model Synergy Explorer (*.synergy.json);;Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open model</source>
        <extracomment>The document&apos;s data was replaced (New, Open, Open Preset); views may reset their state. A file was opened or saved; recent files changed. Runs an opening once the window has finished what is under way (an in-place edit). File ▸ Import and Export As (study models, tables, the PDF report).</extracomment>
        <translation>Buka model</translation>
    </message>
    <message>
        <source>Opened with a warning: {problem}</source>
        <translation>Dibuka dengan peringatan: {problem}</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>Simpan model sebagai</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Ekspor gambar</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Ekspor diagram</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>Skenario: {name}</translation>
    </message>
    <message>
        <source>Figure saved as {name}</source>
        <translation>Gambar disimpan sebagai {name}</translation>
    </message>
    <message>
        <source>Tick two or more scenarios to compare.</source>
        <translation>Centang dua skenario atau lebih untuk membandingkan.</translation>
    </message>
    <message>
        <source>Export comparison table</source>
        <translation>Ekspor tabel perbandingan</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparison saved as {name}</source>
        <translation>Perbandingan disimpan sebagai {name}</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Ba&amp;ru-baru Ini</translation>
    </message>
    <message>
        <source>Open &amp;Preset</source>
        <translation>Buka Model &amp;Bawaan</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Kosongkan Daftar</translation>
    </message>
    <message>
        <source>it has {count} constructs, and the window shows models of up to {most} (a bigger diagram takes minutes to build and gigabytes to hold). The command line works with it: synergy-explorer validate, simulate and compare</source>
        <extracomment>Constructs up to which the window opens a model. Measured on 2 busy cores (load 2): 1,000 constructs and 2,237 paths take 3.6 s to the window and 4.5 s to the first plot in 330 MB; 2,000 take 10 s and 560 MB, 4,999 half a minute and 1.6 GB. The command line (validate, simulate, compare) takes files up to the format&apos;s own limit of 5,000.</extracomment>
        <translation>berkas ini berisi {count} konstruk, sedangkan jendela hanya menampilkan model hingga {most} konstruk (diagram yang lebih besar butuh beberapa menit untuk dibangun dan gigabita memori untuk ditampung). Baris perintah dapat menanganinya: synergy-explorer validate, simulate, dan compare</translation>
    </message>
</context>
<context>
    <name>DriversController</name>
    <message>
        <source>the model has not been run yet</source>
        <translation>model belum dijalankan</translation>
    </message>
    <message>
        <source>the model changed: the drivers follow with the next run</source>
        <translation>model berubah: pendorong menyusul pada simulasi berikutnya</translation>
    </message>
    <message>
        <source>The model cannot be run.</source>
        <translation>Model tidak dapat dijalankan.</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Choose the survey data first.</source>
        <extracomment>What is still to choose before estimating, by the fields left empty.</extracomment>
        <translation>Pilih data survei terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose the model first.</source>
        <translation>Pilih model terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose the survey data and the model first.</source>
        <translation>Pilih data survei dan model terlebih dahulu.</translation>
    </message>
    <message>
        <source>Pick the survey (CSV, one row per respondent, one column per item) and the model in lavaan syntax (&apos;=~&apos; lines name each construct&apos;s items, &apos;~&apos; lines its paths). Each construct is the mean of its items; each &apos;~&apos; line is a standardised OLS regression.</source>
        <translation>Pilih data survei (CSV, satu baris per responden, satu kolom per butir) dan model dalam sintaks lavaan (baris &apos;=~&apos; menyebut butir tiap konstruk, baris &apos;~&apos; jalurnya). Tiap konstruk adalah rata-rata butirnya; tiap baris &apos;~&apos; adalah regresi OLS terstandar.</translation>
    </message>
    <message>
        <source>Estimate from Survey</source>
        <extracomment>The thread the estimation ran in (for a test: never the GUI thread).</extracomment>
        <translation>Estimasi dari Survei</translation>
    </message>
    <message>
        <source>The estimates appear here.</source>
        <translation>Hasil estimasi muncul di sini.</translation>
    </message>
    <message>
        <source>Survey data</source>
        <translation>Data survei</translation>
    </message>
    <message>
        <source>Survey data (*.csv);;All files (*)</source>
        <translation>Data survei (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Survey &amp;data:</source>
        <translation>&amp;Data survei:</translation>
    </message>
    <message>
        <source>Model in lavaan syntax</source>
        <translation>Model dalam sintaks lavaan</translation>
    </message>
    <message>
        <source>lavaan syntax (*.lav *.lavaan);;All files (*)</source>
        <translation>Sintaks lavaan (*.lav *.lavaan);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>&amp;Model (lavaan):</source>
        <translation>&amp;Model (lavaan):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Resamples for the confidence intervals (0: none)</source>
        <translation>Jumlah sampel ulang untuk interval kepercayaan (0: tidak ada)</translation>
    </message>
    <message>
        <source>The same seed gives the same intervals</source>
        <translation>Benih acak yang sama menghasilkan interval yang sama</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Benih acak:</translation>
    </message>
    <message>
        <source>&amp;Bootstrap resamples:</source>
        <translation>Sampel ulang &amp;bootstrap:</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Estimasi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Ekspor &amp;Tabel…</translation>
    </message>
    <message>
        <source>The estimates as lavaan&apos;s standardizedSolution() CSV</source>
        <translation>Hasil estimasi sebagai CSV standardizedSolution() lavaan</translation>
    </message>
    <message>
        <source>&amp;Replace the Open Model</source>
        <translation>&amp;Ganti Model yang Terbuka</translation>
    </message>
    <message>
        <source>The estimated model takes the place of the open one</source>
        <translation>Model hasil estimasi menggantikan model yang terbuka</translation>
    </message>
    <message>
        <source>Mer&amp;ge into It</source>
        <translation>Gab&amp;ungkan ke Dalamnya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Estimating with {n} bootstrap resamples…</source>
        <translation>Mengestimasi dengan {n} sampel ulang bootstrap…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was estimated.</source>
        <translation>Dibatalkan; tidak ada yang diestimasi.</translation>
    </message>
    <message>
        <source>Estimated. Export the table, or apply the weights to the model.</source>
        <translation>Selesai diestimasi. Ekspor tabelnya, atau terapkan bobotnya ke model.</translation>
    </message>
    <message>
        <source>Export estimates table</source>
        <translation>Ekspor tabel estimasi</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <source>Estimates table saved as {name}.</source>
        <translation>Tabel estimasi disimpan sebagai {name}.</translation>
    </message>
    <message>
        <source>estimates from {file}</source>
        <translation>estimasi dari {file}</translation>
    </message>
    <message>
        <source>Applied to the model; Edit ▸ Undo gives the earlier model back.</source>
        <translation>Diterapkan ke model; Sunting ▸ Urungkan mengembalikan model sebelumnya.</translation>
    </message>
    <message>
        <source>Not estimated: {why}</source>
        <translation>Tidak diestimasi: {why}</translation>
    </message>
    <message>
        <source>Not estimated ({kind}: {error})</source>
        <translation>Tidak diestimasi ({kind}: {error})</translation>
    </message>
</context>
<context>
    <name>FcmRunChoice</name>
    <message>
        <source>Modified Kosko: A(t+1) = f(A(t) + W·A(t)) (FCMpy&apos;s example)</source>
        <translation>Kosko termodifikasi: A(t+1) = f(A(t) + W·A(t)) (contoh FCMpy)</translation>
    </message>
    <message>
        <source>Kosko: A(t+1) = f(W·A(t))</source>
        <translation>Kosko: A(t+1) = f(W·A(t))</translation>
    </message>
    <message>
        <source>Rescaled: A(t+1) = f((2A(t) − 1) + W·(2A(t) − 1))</source>
        <translation>Diskalakan ulang: A(t+1) = f((2A(t) − 1) + W·(2A(t) − 1))</translation>
    </message>
    <message>
        <source>S-O-R: this program&apos;s own rule (levels move toward f over time constants)</source>
        <translation>S-O-R: aturan program ini sendiri (tingkat bergerak menuju f menurut konstanta waktu)</translation>
    </message>
    <message>
        <source>Sigmoid (logistic), levels 0…1</source>
        <translation>Sigmoid (logistik), tingkat 0…1</translation>
    </message>
    <message>
        <source>Hyperbolic tangent, levels −1…1</source>
        <translation>Tangen hiperbolik, tingkat −1…1</translation>
    </message>
    <message>
        <source>Trivalent (−1, 0, 1)</source>
        <translation>Trivalen (−1, 0, 1)</translation>
    </message>
    <message>
        <source>Bivalent (0, 1)</source>
        <translation>Bivalen (0, 1)</translation>
    </message>
    <message>
        <source>How the map runs</source>
        <extracomment>FCMpy&apos;s documented example runs the sigmoid with λ = 1.</extracomment>
        <translation>Cara peta dijalankan</translation>
    </message>
    <message>
        <source>λ, the steepness of the sigmoid or tanh</source>
        <translation>λ, kecuraman sigmoid atau tanh</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>Aturan pembaruan</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivasi</translation>
    </message>
    <message>
        <source>Gain λ</source>
        <translation>Penguatan λ</translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>Plotted constructs</source>
        <translation>Konstruk di grafik</translation>
    </message>
    <message>
        <source>Choose which constructs the plot shows</source>
        <translation>Pilih konstruk yang ditampilkan grafik</translation>
    </message>
</context>
<context>
    <name>GoalSeekPanel</name>
    <message>
        <source>the smallest change (any lever)</source>
        <translation>perubahan terkecil (tuas mana pun)</translation>
    </message>
    <message>
        <source>What would it take?</source>
        <translation>Apa yang dibutuhkan?</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>by {unit}</source>
        <translation>pada {unit}</translation>
    </message>
    <message>
        <source>using</source>
        <translation>dengan</translation>
    </message>
    <message>
        <source>Bring {label} to</source>
        <translation>Bawa {label} ke</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>Pilih hasil.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>The model changed since: Find again.</source>
        <translation>Model telah berubah: Cari lagi.</translation>
    </message>
    <message>
        <source>Applied: {lever} at {level}</source>
        <translation>Diterapkan: {lever} pada {level}</translation>
    </message>
    <message>
        <source>No answer: {why}</source>
        <translation>Tidak ada jawaban: {why}</translation>
    </message>
    <message>
        <source>No stimulus can be set here: each follows a schedule.</source>
        <translation>Tidak ada stimulus yang dapat diatur di sini: masing-masing mengikuti jadwal.</translation>
    </message>
    <message>
        <source>{outcome} ≥ {target} by {unit} {week} (now {now})</source>
        <translation>{outcome} ≥ {target} pada {unit} {week} (kini {now})</translation>
    </message>
    <message>
        <source>no single lever reaches it; the closest are listed.</source>
        <translation>tidak ada satu tuas pun yang mencapainya; yang terdekat dicantumkan.</translation>
    </message>
    <message>
        <source>{reachable} of {count} levers reach it alone.</source>
        <translation>{reachable} dari {count} tuas mencapainya sendiri.</translation>
    </message>
    <message>
        <source>set {lever} to {level} (change {change} from {current}).</source>
        <translation>atur {lever} ke {level} (berubah {change} dari {current}).</translation>
    </message>
    <message>
        <source>not reachable with {lever} alone. Its best, {best}, gives {gives}.</source>
        <translation>tidak tercapai hanya dengan {lever}. Nilai terbaiknya, {best}, menghasilkan {gives}.</translation>
    </message>
    <message>
        <source>Apply: {lever} to {level}</source>
        <translation>Terapkan: {lever} ke {level}</translation>
    </message>
    <message>
        <source>The model changed during the search: Find again.</source>
        <translation>Model berubah selama pencarian: Cari lagi.</translation>
    </message>
    <message>
        <source>not alone (best {best})</source>
        <translation>tidak sendiri (terbaik {best})</translation>
    </message>
</context>
<context>
    <name>GraphMenus</name>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Hubungkan ke</translation>
    </message>
    <message>
        <source>Itself (a self-loop)</source>
        <translation>Dirinya sendiri (loop diri)</translation>
    </message>
    <message>
        <source>Add synergy junction</source>
        <translation>Tambah simpul sinergi</translation>
    </message>
    <message>
        <source>Reverse the sign of the weight</source>
        <translation>Balik tanda bobot</translation>
    </message>
    <message>
        <source>Make causal</source>
        <translation>Jadikan kausal</translation>
    </message>
    <message>
        <source>Make trust transfer</source>
        <translation>Jadikan transfer kepercayaan</translation>
    </message>
    <message>
        <source>Show in Synergy</source>
        <translation>Tampilkan di panel Sinergi</translation>
    </message>
    <message>
        <source>Add construct here</source>
        <translation>Tambah konstruk di sini</translation>
    </message>
    <message>
        <source>Auto layout by role</source>
        <translation>Tata letak otomatis menurut peran</translation>
    </message>
    <message>
        <source>Fit diagram to window</source>
        <translation>Sesuaikan diagram dengan jendela</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <source>New construct</source>
        <translation>Konstruk baru</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Synergy Explorer Help</source>
        <translation>Bantuan Synergy Explorer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Urungkan suntingan terakhir</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>Ulangi suntingan yang baru diurungkan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Search the guide and glossary</source>
        <translation>Cari di panduan dan glosarium</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Construct</source>
        <translation>Konstruk</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Synergy junction</source>
        <translation>Simpul sinergi</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>InspectorPages</name>
    <message>
        <source>One reference per line</source>
        <translation>Satu referensi per baris</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Bawaan model</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Istilah</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Garis dasar</translation>
    </message>
    <message>
        <source>Initial level</source>
        <translation>Tingkat awal</translation>
    </message>
    <message>
        <source>τ rise</source>
        <translation>τ naik</translation>
    </message>
    <message>
        <source>τ fall</source>
        <translation>τ turun</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivasi</translation>
    </message>
    <message>
        <source>Gain λ</source>
        <translation>Penguatan λ</translation>
    </message>
    <message>
        <source>Threshold h</source>
        <translation>Ambang h</translation>
    </message>
    <message>
        <source>x⁰: the level of the average consumer</source>
        <translation>x⁰: tingkat konsumen rata-rata</translation>
    </message>
    <message>
        <source>Time constant while the level rises (trust builds slowly)</source>
        <translation>Konstanta waktu saat tingkat naik (kepercayaan tumbuh perlahan)</translation>
    </message>
    <message>
        <source>Time constant while the level falls</source>
        <translation>Konstanta waktu saat tingkat turun</translation>
    </message>
    <message>
        <source>Level (slider)</source>
        <translation>Tingkat (penggeser)</translation>
    </message>
    <message>
        <source>Open the glossary at this term</source>
        <translation>Buka glosarium pada istilah ini</translation>
    </message>
    <message>
        <source>none in the glossary</source>
        <translation>tidak ada di glosarium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Std. deviation</source>
        <translation>Simp. baku</translation>
    </message>
    <message>
        <source>{members}
act together on {target}</source>
        <translation>{members}
bekerja bersama pada {target}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Uncertainty of the weight (standard deviation), if a study gives it</source>
        <translation>Ketidakpastian bobot (simpangan baku), jika penelitian mencantumkannya</translation>
    </message>
    <message>
        <source>References: {list}</source>
        <translation>Referensi: {list}</translation>
    </message>
</context>
<context>
    <name>IpmaChart</name>
    <message>
        <source>Important, underperforming: act here</source>
        <extracomment>Pixel sizes of the text at text scale 1 (legible projected on a 1366-wide screen).</extracomment>
        <translation>Penting, kinerja rendah: bertindak di sini</translation>
    </message>
    <message>
        <source>No drivers to show yet.</source>
        <translation>Belum ada pendorong untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Performance: level now</source>
        <translation>Kinerja: tingkat saat ini</translation>
    </message>
    <message>
        <source>Importance: effect on {outcome}</source>
        <translation>Kepentingan: efek pada {outcome}</translation>
    </message>
    <message>
        <source>{driver} ({kind})
importance {importance}: raising it by {step} moves {outcome} by about {change}
performance {performance}</source>
        <translation>{driver} ({kind})
kepentingan {importance}: menaikkannya sebesar {step} menggeser {outcome} sekitar {change}
kinerja {performance}</translation>
    </message>
</context>
<context>
    <name>JunctionItem</name>
    <message>
        <source>Synergy: {title}</source>
        <translation>Sinergi: {title}</translation>
    </message>
    <message>
        <source>acts on {target} with weight {weight}</source>
        <translation>bekerja pada {target} dengan bobot {weight}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in {language} when Synergy Explorer next starts.</source>
        <translation>Antarmuka akan menggunakan {language} saat Synergy Explorer dibuka kembali.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Bahasa Sistem</translation>
    </message>
    <message>
        <source>Show the interface in this language</source>
        <translation>Tampilkan antarmuka dalam bahasa ini</translation>
    </message>
</context>
<context>
    <name>LeversPanel</name>
    <message>
        <source>stimulus</source>
        <extracomment>Step in a driver that the panel speaks of (&quot;raising it by 0.10 moves …&quot;). How a driver&apos;s kind reads in its row.
----------
How a driver&apos;s kind reads (the drivers&apos; rows and the importance chart&apos;s tooltip).</extracomment>
        <translation>stimulus</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>mediator</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>tetap</translation>
    </message>
    <message>
        <source>Raising {lever} ({kind}) by {step} moves {outcome} by about {total}
(direct {direct}, through other constructs {indirect}); its level now is {level}.</source>
        <extracomment>A driver, under the name the panel&apos;s callers know it by.</extracomment>
        <translation>Menaikkan {lever} ({kind}) sebesar {step} menggeser {outcome} sekitar {total}
(langsung {direct}, melalui konstruk lain {indirect}); tingkatnya kini {level}.</translation>
    </message>
    <message>
        <source>most?</source>
        <translation>paling?</translation>
    </message>
    <message>
        <source>Which driver moves</source>
        <translation>Pendorong mana yang paling menggerakkan</translation>
    </message>
    <message>
        <source>Add stimuli and paths to see which driver matters most.</source>
        <translation>Tambahkan stimulus dan jalur untuk melihat pendorong mana yang paling penting.</translation>
    </message>
    <message>
        <source>No effects to show: {why}</source>
        <translation>Tidak ada efek untuk ditampilkan: {why}</translation>
    </message>
    <message>
        <source>Nothing leads to {outcome} yet.</source>
        <translation>Belum ada yang mengarah ke {outcome}.</translation>
    </message>
    <message>
        <source>where the model settles</source>
        <translation>saat model stabil</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>di akhir</translation>
    </message>
    <message>
        <source>Change in {outcome} when a driver rises by {step}, {where}; longer bars matter more.</source>
        <translation>Perubahan {outcome} bila sebuah pendorong naik {step}, {where}; batang yang lebih panjang lebih berpengaruh.</translation>
    </message>
    <message>
        <source>This model has no stimuli leading here yet.</source>
        <translation>Model ini belum memiliki stimulus yang mengarah ke sini.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Double-click the canvas to add a construct · drag from a construct&apos;s rim to connect · drag a slider to see the weeks unfold</source>
        <translation>Klik ganda kanvas untuk menambah konstruk · seret dari tepi konstruk untuk menghubungkan · geser penggeser untuk melihat minggu demi minggu</translation>
    </message>
    <message>
        <source>Stimuli</source>
        <extracomment>The docks&apos; titles (their object names are &quot;&lt;key&gt;_dock&quot;).</extracomment>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Pendorong</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Mengapa?</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Sinergi</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Alur Cerita</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulasi</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivitas</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message>
        <source>Restored the unsaved work on {name} from {when}.</source>
        <extracomment>the toolbar&apos;s width with text beside the icons; narrower windows get icons only (tooltips name them), so the scenario chooser never goes behind the » overflow</extracomment>
        <translation>Pekerjaan yang belum disimpan pada {name} dari {when} telah dipulihkan.</translation>
    </message>
    <message>
        <source>Select exactly two constructs to connect them.</source>
        <translation>Pilih tepat dua konstruk untuk menghubungkannya.</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>&amp;Ukuran Teks</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The model you have open stays as it was.</source>
        <extracomment>How a refusal ends: a model was open and is kept, or nothing was open yet (start-up).</extracomment>
        <translation>Model yang sedang terbuka tetap seperti semula.</translation>
    </message>
    <message>
        <source>Nothing was open yet, so the default model opens instead.</source>
        <translation>Belum ada yang terbuka, jadi model bawaan dibuka sebagai gantinya.</translation>
    </message>
    <message>
        <source>the entry</source>
        <extracomment>The subject of a problem with a whole item of a list (&quot;In paths[1], the entry is …&quot;).</extracomment>
        <translation>entri ini</translation>
    </message>
    <message>
        <source>the file</source>
        <extracomment>How the file&apos;s fields read as the subject of a sentence (&quot;the weight must be …&quot;).</extracomment>
        <translation>berkas</translation>
    </message>
    <message>
        <source>the version number</source>
        <translation>nomor versi</translation>
    </message>
    <message>
        <source>the weight</source>
        <translation>bobot</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>garis dasar</translation>
    </message>
    <message>
        <source>the initial level</source>
        <translation>tingkat awal</translation>
    </message>
    <message>
        <source>the activation</source>
        <translation>aktivasi</translation>
    </message>
    <message>
        <source>the rise time constant</source>
        <translation>konstanta waktu naik</translation>
    </message>
    <message>
        <source>the fall time constant</source>
        <translation>konstanta waktu turun</translation>
    </message>
    <message>
        <source>the members</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>the levels</source>
        <translation>daftar tingkat</translation>
    </message>
    <message>
        <source>the level</source>
        <translation>tingkat</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>deskripsi</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>posisi</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>the horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source>the time step</source>
        <translation>langkah waktu</translation>
    </message>
    <message>
        <source>the time unit</source>
        <translation>satuan waktu</translation>
    </message>
    <message>
        <source>the schedules</source>
        <translation>jadwal</translation>
    </message>
    <message>
        <source>the weight overrides</source>
        <translation>penggantian bobot</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>alur cerita</translation>
    </message>
    <message>
        <source>the channels</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>At {where}, {message}</source>
        <translation>Pada {where}, {message}</translation>
    </message>
    <message>
        <source>At {where}, the file {message}</source>
        <translation>Pada {where}, berkas {message}</translation>
    </message>
    <message>
        <source>In {where}, {clause}</source>
        <translation>Pada {where}, {clause}</translation>
    </message>
    <message>
        <source>this file {message}</source>
        <translation>berkas ini {message}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>baris {line}, kolom {column}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>baris {line}</translation>
    </message>
    <message>
        <source>the {field}</source>
        <translation>bidang {field}</translation>
    </message>
    <message>
        <source>{subject} {message}</source>
        <translation>{subject} {message}</translation>
    </message>
    <message>
        <source>{subject} is wrong: {message}</source>
        <translation>{subject} salah: {message}</translation>
    </message>
    <message>
        <source> (the path from “{source}” to “{target}”)</source>
        <translation> (jalur dari “{source}” ke “{target}”)</translation>
    </message>
    <message>
        <source> (the synergy junction acting on “{target}”)</source>
        <translation> (simpul sinergi yang bekerja pada “{target}”)</translation>
    </message>
    <message>
        <source> (the construct “{label}”)</source>
        <translation> (konstruk “{label}”)</translation>
    </message>
    <message>
        <source> (the scenario “{name}”)</source>
        <translation> (skenario “{name}”)</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <source>The file “{name}” can&apos;t be opened.</source>
        <translation>Berkas “{name}” tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The file is at {folder}.</source>
        <translation>Berkas berada di {folder}.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Tidak dapat membuka berkas</translation>
    </message>
    <message>
        <source>“{name}” could not be saved.</source>
        <translation>“{name}” tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>The file on disk was not changed; your edits are still open here.</source>
        <translation>Berkas di disk tidak berubah; suntingan Anda masih terbuka di sini.</translation>
    </message>
    <message>
        <source>Cannot save file</source>
        <translation>Tidak dapat menyimpan berkas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Simpan perubahan pada “{name}”?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Perubahan Anda akan hilang jika tidak disimpan.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Berkas: {path}</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <source>Standardised (β, −1 to 1)</source>
        <translation>Terstandar (β, −1 sampai 1)</translation>
    </message>
    <message>
        <source>Unstandardised (up to ±100)</source>
        <translation>Tak terstandar (hingga ±100)</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0 sampai 1</translation>
    </message>
    <message>
        <source>−1 to 1 (bipolar)</source>
        <translation>−1 sampai 1 (bipolar)</translation>
    </message>
    <message>
        <source>Select a construct, path or synergy junction on the diagram to see and edit it here.</source>
        <translation>Pilih konstruk, jalur, atau simpul sinergi pada diagram untuk melihat dan menyuntingnya di sini.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Default sd where unknown: the uncertainty (standard deviation) of every path and junction weight that has none of its own, for the plot&apos;s Bands, e.g. ±0.05; none: such weights are taken as certain</source>
        <translation>Simpangan baku bawaan bila tidak diketahui: ketidakpastian (simpangan baku) setiap bobot jalur dan simpul yang tidak memilikinya sendiri, untuk Pita grafik, mis. ±0,05; tidak ada: bobot tersebut dianggap pasti</translation>
    </message>
    <message>
        <source>Standardised weights are βs from −1 to 1; unstandardised ones are a study&apos;s raw coefficients (Bollen&apos;s ind60 → dem60 is 1.48), up to ±100</source>
        <translation>Bobot terstandar adalah β dari −1 sampai 1; bobot tak terstandar adalah koefisien mentah suatu penelitian (ind60 → dem60 milik Bollen bernilai 1,48), hingga ±100</translation>
    </message>
    <message>
        <source>Levels from 0 to 1, or from −1 to 1 for tanh and trivalent maps (FCM&apos;s bipolar scale)</source>
        <translation>Tingkat dari 0 sampai 1, atau dari −1 sampai 1 untuk peta tanh dan trivalen (skala bipolar FCM)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Default sd</source>
        <translation>SD bawaan</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Tingkat</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>In scenario “{scenario}”, the spend on {channel!r}</source>
        <translation>Dalam skenario “{scenario}”, belanja untuk {channel!r}</translation>
    </message>
    <message>
        <source>there is no channel with id {channel!r}</source>
        <translation>tidak ada kanal dengan id {channel!r}</translation>
    </message>
    <message>
        <source>there is no channel {name!r} (channels: {known})</source>
        <translation>tidak ada kanal {name!r} (kanal yang ada: {known})</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>channel “{name}”</source>
        <translation>kanal “{name}”</translation>
    </message>
    <message>
        <source>{subject}, {place}: {reason}.</source>
        <translation>{subject}, {place}: {reason}.</translation>
    </message>
    <message>
        <source>there is no channel {name!r} (channels: none)</source>
        <translation>tidak ada kanal {name!r} (kanal yang ada: tidak ada)</translation>
    </message>
    <message>
        <source>There is already a channel with id {channel!r}.</source>
        <translation>Sudah ada kanal dengan id {channel!r}.</translation>
    </message>
    <message>
        <source>a channel cannot be put at position {position}</source>
        <translation>kanal tidak dapat ditempatkan pada posisi {position}</translation>
    </message>
    <message>
        <source>channel {item!r}: {field}</source>
        <translation>kanal {item!r}: {field}</translation>
    </message>
    <message>
        <source>{construct!r} is driven by channel {channels}, and a channel drives only stimuli: take it out of the channel first</source>
        <translation>{construct!r} didorong oleh kanal {channels}, dan kanal hanya mendorong stimulus: keluarkan terlebih dahulu dari kanal tersebut</translation>
    </message>
    <message>
        <source>{subject} {reason}.</source>
        <translation>{subject} {reason}.</translation>
    </message>
    <message>
        <source>{subject}, {place} {reason}.</source>
        <translation>{subject}, {place} {reason}.</translation>
    </message>
    <message>
        <source>{place} cannot be set</source>
        <translation>{place} tidak dapat diatur</translation>
    </message>
    <message>
        <source>must be text (got {kind})</source>
        <translation>harus berupa teks (didapat {kind})</translation>
    </message>
    <message>
        <source>must be above 0 and at most 1 (got {share!r})</source>
        <translation>harus lebih dari 0 dan paling besar 1 (didapat {share!r})</translation>
    </message>
    <message>
        <source>must be a number (got {value!r})</source>
        <translation>harus berupa angka (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be a finite number (got {value!r})</source>
        <translation>harus berupa angka terhingga (didapat {value!r})</translation>
    </message>
    <message>
        <source>must not be negative (got {value!r}): spend is 0 or more</source>
        <translation>tidak boleh negatif (didapat {value!r}): belanja bernilai 0 atau lebih</translation>
    </message>
    <message>
        <source>must be at most {most:g} (got {value!r})</source>
        <translation>tidak boleh lebih dari {most:g} (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be at least 0 and below 1 (got {value!r}): carry-over θ ≥ 1 never fades</source>
        <translation>harus paling kecil 0 dan kurang dari 1 (didapat {value!r}): carry-over θ ≥ 1 tidak pernah memudar</translation>
    </message>
    <message>
        <source>must be greater than 0 (got 0): the spend that gives half the lift</source>
        <translation>harus lebih dari 0 (didapat 0): nilai ini adalah belanja yang menghasilkan setengah kenaikan</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most {most:g} (got {value!r})</source>
        <translation>harus lebih dari 0 dan paling besar {most:g} (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be a name that is not empty (got {value!r})</source>
        <translation>harus berupa nama yang tidak kosong (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be 1-100 characters without spaces (got {value!r})</source>
        <translation>harus terdiri atas 1-100 karakter tanpa spasi (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value!r})</source>
        <translation>harus salah satu dari {choices} (didapat {value!r})</translation>
    </message>
    <message>
        <source>must name at least one stimulus with its share of the spend</source>
        <translation>harus menyebutkan paling sedikit satu stimulus beserta bagiannya dari belanja</translation>
    </message>
    <message>
        <source>the shares must sum to 1 (they sum to {total:g})</source>
        <translation>jumlah bagian harus 1 (jumlahnya {total:g})</translation>
    </message>
    <message>
        <source>there is no construct with id {cid!r}</source>
        <translation>tidak ada konstruk dengan id {cid!r}</translation>
    </message>
    <message>
        <source>{construct!r} is {role}: a channel drives only stimuli</source>
        <translation>{construct!r} adalah {role}: kanal hanya mendorong stimulus</translation>
    </message>
    <message>
        <source>must be a whole number of weeks (got {value!r})</source>
        <translation>harus berupa jumlah minggu yang bulat (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} weeks (got {value!r})</source>
        <translation>harus antara {low} dan {high} minggu (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be a spend plan</source>
        <translation>harus berupa rencana belanja</translation>
    </message>
    <message>
        <source>must be a channel</source>
        <translation>harus berupa kanal</translation>
    </message>
    <message>
        <source>must hold at least one week&apos;s spend</source>
        <translation>harus berisi belanja paling sedikit satu minggu</translation>
    </message>
    <message>
        <source>the id {channel!r} is already used by channels[{index}]</source>
        <translation>id {channel!r} sudah digunakan oleh channels[{index}]</translation>
    </message>
    <message>
        <source>is too long for a model this size: {steps:,} steps of {constructs:,} constructs would need about {gigabytes:.1f} GB of memory; at most {most:,} steps</source>
        <translation>terlalu panjang untuk model sebesar ini: {steps:,} langkah dengan {constructs:,} konstruk akan membutuhkan sekitar {gigabytes:.1f} GB memori; paling banyak {most:,} langkah</translation>
    </message>
    <message>
        <source>{problem}; negative levels need settings.level_range &quot;bipolar&quot;</source>
        <translation>{problem}; tingkat negatif memerlukan settings.level_range &quot;bipolar&quot;</translation>
    </message>
    <message>
        <source>{problem}; unstandardised weights need settings.weight_scale &quot;unstandardised&quot;</source>
        <translation>{problem}; bobot tak terstandar memerlukan settings.weight_scale &quot;unstandardised&quot;</translation>
    </message>
    <message>
        <source>is too small (got {value!r}); a time constant is at least {least:g}</source>
        <translation>terlalu kecil (didapat {value!r}); konstanta waktu paling kecil {least:g}</translation>
    </message>
    <message>
        <source>must be between 0 and {most} (got {value!r})</source>
        <translation>harus antara 0 dan {most} (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be a whole number of steps (got {value!r})</source>
        <translation>harus berupa jumlah langkah yang bulat (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be between 1 and {most} steps (got {value!r})</source>
        <translation>harus antara 1 dan {most} langkah (didapat {value!r})</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {most})</source>
        <translation>terlalu panjang ({length} karakter; paling banyak {most})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>harus berupa daftar teks</translation>
    </message>
    <message>
        <source>must be a pair [x, y] (got {value!r})</source>
        <translation>harus berupa pasangan [x, y] (didapat {value!r})</translation>
    </message>
    <message>
        <source>Euler steps need Δt/τ ≤ 1, but Δt = {dt:g} and {name} = {tau:g} give {ratio:g}; use a smaller dt, a larger {name} or the exact step mode</source>
        <translation>langkah Euler memerlukan Δt/τ ≤ 1, tetapi Δt = {dt:g} dan {name} = {tau:g} menghasilkan {ratio:g}; gunakan dt yang lebih kecil, {name} yang lebih besar, atau mode langkah eksak</translation>
    </message>
    <message>
        <source>must be an activation</source>
        <translation>harus berupa aktivasi</translation>
    </message>
    <message>
        <source>must be a schedule</source>
        <translation>harus berupa jadwal</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>is not a field of a {target}</source>
        <translation>bukan bidang dari {target}</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g} (got {value!r})</source>
        <translation>harus antara {low:g} dan {high:g} (didapat {value!r})</translation>
    </message>
    <message>
        <source>coordinate {problem}</source>
        <translation>koordinat {problem}</translation>
    </message>
    <message>
        <source>coordinate must be within ±1000000 (got {coordinate!r})</source>
        <translation>koordinat harus berada dalam ±1000000 (didapat {coordinate!r})</translation>
    </message>
    <message>
        <source>must hold at least one level for a series</source>
        <translation>harus berisi paling sedikit satu tingkat untuk deret</translation>
    </message>
    <message>
        <source>the id {id!r} is already in use</source>
        <translation>id {id!r} sudah digunakan</translation>
    </message>
    <message>
        <source>there is already a path from {source!r} to {target!r}</source>
        <translation>sudah ada jalur dari {source!r} ke {target!r}</translation>
    </message>
    <message>
        <source>{target} {item!r}: {field}</source>
        <translation>{target} {item!r}: {field}</translation>
    </message>
    <message>
        <source>construct {item!r}: {field}</source>
        <translation>konstruk {item!r}: {field}</translation>
    </message>
    <message>
        <source>path {item!r}: {field}</source>
        <translation>jalur {item!r}: {field}</translation>
    </message>
    <message>
        <source>junction {item!r}: {field}</source>
        <translation>simpul {item!r}: {field}</translation>
    </message>
    <message>
        <source>scenario {item!r}: {field}</source>
        <translation>skenario {item!r}: {field}</translation>
    </message>
    <message>
        <source>settings: {field}</source>
        <translation>pengaturan: {field}</translation>
    </message>
    <message>
        <source>model details: {field}</source>
        <translation>detail model: {field}</translation>
    </message>
    <message>
        <source>there is no path or junction with id {name!r}</source>
        <translation>tidak ada jalur atau simpul dengan id {name!r}</translation>
    </message>
    <message>
        <source>{place} {problem}</source>
        <translation>{place} {problem}</translation>
    </message>
    <message>
        <source>there is no path with id {id!r}</source>
        <translation>tidak ada jalur dengan id {id!r}</translation>
    </message>
    <message>
        <source>there is no junction with id {id!r}</source>
        <translation>tidak ada simpul dengan id {id!r}</translation>
    </message>
    <message>
        <source>{construct!r} is a stimulus: stimuli are set from outside and take no paths in</source>
        <translation>{construct!r} adalah stimulus: stimulus diatur dari luar dan tidak menerima jalur masuk</translation>
    </message>
    <message>
        <source>{construct!r} cannot become a stimulus while paths lead into it ({paths}); stimuli are set from outside</source>
        <translation>{construct!r} tidak dapat menjadi stimulus selama ada jalur yang menuju ke sana ({paths}); stimulus diatur dari luar</translation>
    </message>
    <message>
        <source>a synergy junction needs at least two members</source>
        <translation>simpul sinergi memerlukan paling sedikit dua anggota</translation>
    </message>
    <message>
        <source>a synergy junction cannot list the same member twice</source>
        <translation>simpul sinergi tidak dapat mencantumkan anggota yang sama dua kali</translation>
    </message>
    <message>
        <source>{construct!r} cannot be both a member and the target of a junction</source>
        <translation>{construct!r} tidak dapat sekaligus menjadi anggota dan target simpul</translation>
    </message>
    <message>
        <source>{construct!r} is a stimulus and cannot be a junction&apos;s target</source>
        <translation>{construct!r} adalah stimulus dan tidak dapat menjadi target simpul</translation>
    </message>
    <message>
        <source>a stimulus</source>
        <translation>stimulus</translation>
    </message>
    <message>
        <source>an organism</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>a response</source>
        <translation>respons</translation>
    </message>
    <message>
        <source>a {role}</source>
        <translation>{role}</translation>
    </message>
    <message>
        <source>an {role}</source>
        <translation>{role}</translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}: {message}</translation>
    </message>
    <message>
        <source>{first}
  {rest}</source>
        <translation>{first}
  {rest}</translation>
    </message>
    <message>
        <source>{filename}: cannot be opened</source>
        <translation>{filename}: tidak dapat dibuka</translation>
    </message>
    <message>
        <source>holds a broken character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>berisi karakter rusak (surrogate UTF-16 tunggal seperti \ud800)</translation>
    </message>
    <message>
        <source>a key holds a broken character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>sebuah kunci berisi karakter rusak (surrogate UTF-16 tunggal seperti \ud800)</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>baris {line}, kolom {column}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>is not valid JSON: {reason}</source>
        <translation>bukan JSON yang valid: {reason}</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>tingkat teratas</translation>
    </message>
    <message>
        <source>must be a JSON object {{...}}, not {kind}</source>
        <translation>harus berupa objek JSON {{...}}, bukan {kind}</translation>
    </message>
    <message>
        <source>the file ends inside a text in quotes; it looks cut off</source>
        <translation>berkas berakhir di dalam teks berkutip; tampaknya terpotong</translation>
    </message>
    <message>
        <source>the file ends too early; it looks cut off ({reason})</source>
        <translation>berkas berakhir terlalu dini; tampaknya terpotong ({reason})</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Diharapkan sebuah nilai</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Diharapkan nama properti dalam tanda kutip ganda</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Diharapkan pemisah &apos;:&apos;</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Diharapkan pemisah &apos;,&apos;</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>Ada data berlebih</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>Karakter kontrol tidak valid pada</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>Escape \ tidak valid</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>Escape \uXXXX tidak valid</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>Koma penutup tidak sah sebelum akhir objek</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>Koma penutup tidak sah sebelum akhir array</translation>
    </message>
    <message>
        <source>is a folder, not a model file</source>
        <translation>adalah folder, bukan berkas model</translation>
    </message>
    <message>
        <source>is too large ({size:.1f} MB); model files are at most 20 MB</source>
        <translation>terlalu besar ({size:.1f} MB); berkas model paling besar 20 MB</translation>
    </message>
    <message>
        <source>is too large; model files are at most 20 MB</source>
        <translation>terlalu besar; berkas model paling besar 20 MB</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is a binary file (or UTF-16), not a model file</source>
        <translation>berisi byte NUL: ini berkas biner (atau UTF-16), bukan berkas model</translation>
    </message>
    <message>
        <source>is empty; a model file holds a JSON object</source>
        <translation>kosong; berkas model berisi sebuah objek JSON</translation>
    </message>
    <message>
        <source>is missing; a model file says &quot;format&quot;: &quot;{name}&quot;</source>
        <translation>tidak ada; berkas model mencantumkan &quot;format&quot;: &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>is {given!r}, not {name!r}: not a Synergy Explorer model file</source>
        <translation>bernilai {given!r}, bukan {name!r}: ini bukan berkas model Synergy Explorer</translation>
    </message>
    <message>
        <source>is missing; it says which file version this is</source>
        <translation>tidak ada; nilai ini menyatakan versi berkas</translation>
    </message>
    <message>
        <source>must be a whole number 1 or more (got {version!r})</source>
        <translation>harus berupa bilangan bulat 1 atau lebih (didapat {version!r})</translation>
    </message>
    <message>
        <source>was written by a newer Synergy Explorer (version {version}); this one reads up to {newest}</source>
        <translation>ditulis oleh Synergy Explorer yang lebih baru (versi {version}); program ini membaca hingga versi {newest}</translation>
    </message>
    <message>
        <source>version {version} files can no longer be read by this program</source>
        <translation>berkas versi {version} tidak dapat lagi dibaca oleh program ini</translation>
    </message>
    <message>
        <source>holds {count} constructs; a model has at most {most}</source>
        <translation>berisi {count} konstruk; model paling banyak memiliki {most} konstruk</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>berkas tersebut tidak ada</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8</source>
        <translation>bukan teks UTF-8 (byte 0x{byte:02x}); simpan berkas sebagai UTF-8</translation>
    </message>
    <message>
        <source>is nested too deeply to be a model file</source>
        <translation>bersarang terlalu dalam untuk menjadi berkas model</translation>
    </message>
    <message>
        <source>holds a number with too many digits to read</source>
        <translation>berisi angka dengan terlalu banyak digit untuk dibaca</translation>
    </message>
    <message>
        <source>must be a finite number (got {value}); NaN and Infinity are not allowed in a model file</source>
        <translation>harus berupa angka terhingga (didapat {value}); NaN dan Infinity tidak diperbolehkan dalam berkas model</translation>
    </message>
    <message>
        <source>could not be upgraded from version {version}: {reason}</source>
        <translation>tidak dapat diperbarui dari versi {version}: {reason}</translation>
    </message>
    <message>
        <source>is given more than once in the same object</source>
        <translation>diberikan lebih dari sekali dalam objek yang sama</translation>
    </message>
    <message>
        <source>there is no preset named {name!r} (known: none are installed)</source>
        <translation>tidak ada model bawaan bernama {name!r} (tersedia: tidak ada yang terpasang)</translation>
    </message>
    <message>
        <source>there is no preset named {name!r} (known: {known})</source>
        <translation>tidak ada model bawaan bernama {name!r} (tersedia: {known})</translation>
    </message>
    <message>
        <source>... and {hidden:,} more of the same kind (not listed)</source>
        <translation>... dan {hidden:,} lagi yang sejenis (tidak dicantumkan)</translation>
    </message>
    <message>
        <source>... and {rest:,} more problems (not listed; fix these and check again)</source>
        <translation>... dan {rest:,} masalah lagi (tidak dicantumkan; perbaiki yang ini lalu periksa lagi)</translation>
    </message>
    <message>
        <source>{id!r} in scenario “{scenario}”</source>
        <translation>{id!r} dalam skenario “{scenario}”</translation>
    </message>
    <message>
        <source>channel {name!r}</source>
        <translation>kanal {name!r}</translation>
    </message>
    <message>
        <source>{name!r} in story step {number}</source>
        <translation>{name!r} pada langkah alur cerita {number}</translation>
    </message>
    <message>
        <source>levels are bipolar (-1 to 1), but the {kind} activation keeps them in [0, 1]; bipolar levels suit tanh, trivalent and identity</source>
        <translation>tingkat bersifat bipolar (-1 sampai 1), tetapi aktivasi {kind} menjaganya dalam [0, 1]; tingkat bipolar cocok untuk tanh, trivalen, dan identitas</translation>
    </message>
    <message>
        <source>weights are unstandardised (the largest, {place}, is {weight:g}): levels may run to the bounds of their activation</source>
        <translation>bobot tak terstandar (yang terbesar, {place}, bernilai {weight:g}): tingkat dapat mencapai batas aktivasinya</translation>
    </message>
    <message>
        <source>the weight of {what} is {weight:g}, beyond ±{bound:g}: change it before calling the weights standardised</source>
        <translation>bobot {what} bernilai {weight:g}, melebihi ±{bound:g}: ubah bobot itu sebelum menyatakan bobot sebagai terstandar</translation>
    </message>
    <message>
        <source>a level of {what} is {level:g}, below {low:g}: raise it before narrowing the level range</source>
        <translation>salah satu tingkat {what} bernilai {level:g}, di bawah {low:g}: naikkan tingkat itu sebelum mempersempit rentang tingkat</translation>
    </message>
    <message>
        <source>A scenario&apos;s name</source>
        <translation>Nama skenario</translation>
    </message>
    <message>
        <source>A scenario&apos;s description</source>
        <translation>Deskripsi skenario</translation>
    </message>
    <message>
        <source>A scenario&apos;s segment</source>
        <translation>Segmen skenario</translation>
    </message>
    <message>
        <source>A scenario&apos;s horizon</source>
        <translation>Horizon skenario</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the {field} of the schedule of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, {field} jadwal “{label}”</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the clamp of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, penahanan “{label}”</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the weight override of {item}</source>
        <translation>Dalam skenario “{scenario}”, penggantian bobot {item}</translation>
    </message>
    <message>
        <source>A scenario&apos;s {field}</source>
        <translation>Bidang {field} skenario</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the kind of the schedule of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, jenis jadwal “{label}”</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the level of the schedule of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, tingkat jadwal “{label}”</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the base level of the schedule of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, tingkat dasar jadwal “{label}”</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the start of the schedule of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, waktu mulai jadwal “{label}”</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the duration of the schedule of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, durasi jadwal “{label}”</translation>
    </message>
    <message>
        <source>must not be negative (got {value!r})</source>
        <translation>tidak boleh negatif (didapat {value!r})</translation>
    </message>
    <message>
        <source>there is no scenario named {name!r}</source>
        <translation>tidak ada skenario bernama {name!r}</translation>
    </message>
    <message>
        <source>There is already a scenario named “{name}”; choose another name.</source>
        <translation>Sudah ada skenario bernama “{name}”; pilih nama lain.</translation>
    </message>
    <message>
        <source>{subject} {problem}</source>
        <translation>{subject} {problem}</translation>
    </message>
    <message>
        <source>{subject} {problem}.</source>
        <translation>{subject} {problem}.</translation>
    </message>
    <message>
        <source>a scenario cannot be put at position {position}</source>
        <translation>skenario tidak dapat ditempatkan pada posisi {position}</translation>
    </message>
    <message>
        <source>“{name}” cannot move to position {position} of {count}.</source>
        <translation>“{name}” tidak dapat dipindahkan ke posisi {position} dari {count}.</translation>
    </message>
    <message>
        <source>“{label}” is {role}: only a stimulus can have a schedule.</source>
        <translation>“{label}” adalah {role}: hanya stimulus yang dapat memiliki jadwal.</translation>
    </message>
    <message>
        <source>The schedule of “{label}” is not a schedule.</source>
        <translation>Jadwal “{label}” bukan jadwal yang sah.</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, the series of “{label}” has no levels.</source>
        <translation>Dalam skenario “{scenario}”, deret “{label}” tidak memiliki tingkat.</translation>
    </message>
    <message>
        <source>In scenario “{scenario}”, row {row} of the series of “{label}”</source>
        <translation>Dalam skenario “{scenario}”, baris {row} deret “{label}”</translation>
    </message>
    <message>
        <source>“{label}” is a stimulus and cannot be clamped: its schedule (or its slider) sets it. Clamp a construct that is not a stimulus, as in “suppose trust were 0.8”.</source>
        <translation>“{label}” adalah stimulus dan tidak dapat ditahan: tingkatnya diatur oleh jadwalnya (atau penggesernya). Tahan konstruk yang bukan stimulus, seperti “misalkan kepercayaan 0,8”.</translation>
    </message>
    <message>
        <source>{construct!r} has a schedule in scenario {scenarios}; only a stimulus can have one: remove the schedule first</source>
        <translation>{construct!r} memiliki jadwal dalam skenario {scenarios}; hanya stimulus yang dapat memiliki jadwal: hapus jadwal itu terlebih dahulu</translation>
    </message>
    <message>
        <source>{construct!r} is clamped in scenario {scenarios}, and a stimulus cannot be clamped: release the clamp first</source>
        <translation>{construct!r} ditahan dalam skenario {scenarios}, dan stimulus tidak dapat ditahan: lepaskan penahanannya terlebih dahulu</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>daftar [...]</translation>
    </message>
    <message>
        <source>an object {{...}}</source>
        <translation>objek {{...}}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>is not a field of this format; the known fields are {known}</source>
        <translation>bukan bidang dalam format ini; bidang yang dikenal: {known}</translation>
    </message>
    <message>
        <source>must be {wanted} (got {value})</source>
        <translation>harus berupa {wanted} (didapat {value})</translation>
    </message>
    <message>
        <source>must be at most {high:g} (got {value})</source>
        <translation>tidak boleh lebih dari {high:g} (didapat {value})</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value})</source>
        <translation>harus salah satu dari {choices} (didapat {value})</translation>
    </message>
    <message>
        <source>must be {expected!r} (got {value})</source>
        <translation>harus {expected!r} (didapat {value})</translation>
    </message>
    <message>
        <source>must be 1-100 characters without spaces (got {value})</source>
        <translation>harus terdiri atas 1-100 karakter tanpa spasi (didapat {value})</translation>
    </message>
    <message>
        <source>must hold at most {most} entries (has {count})</source>
        <translation>harus berisi paling banyak {most} entri (berisi {count})</translation>
    </message>
    <message>
        <source>{value} has too many properties</source>
        <translation>{value} memiliki terlalu banyak properti</translation>
    </message>
    <message>
        <source>{value} has non-unique elements</source>
        <translation>{value} memiliki elemen yang tidak unik</translation>
    </message>
    <message>
        <source>{value} is not a multiple of {step}</source>
        <translation>{value} bukan kelipatan {step}</translation>
    </message>
    <message>
        <source>{value} should not be valid under {schema!r}</source>
        <translation>{value} seharusnya tidak valid menurut {schema!r}</translation>
    </message>
    <message>
        <source>False schema does not allow {value}</source>
        <translation>Skema false tidak mengizinkan {value}</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>bukan bidang dalam format ini</translation>
    </message>
    <message>
        <source>{either} or {other}</source>
        <translation>{either} atau {other}</translation>
    </message>
    <message>
        <source>must be greater than {low:g} and at most {high:g} (got {value})</source>
        <translation>harus lebih dari {low:g} dan paling besar {high:g} (didapat {value})</translation>
    </message>
    <message>
        <source>must be at least {low:g} and below {high:g} (got {value})</source>
        <translation>harus paling kecil {low:g} dan kurang dari {high:g} (didapat {value})</translation>
    </message>
    <message>
        <source>must be greater than {low:g} (got {value})</source>
        <translation>harus lebih dari {low:g} (didapat {value})</translation>
    </message>
    <message>
        <source>must be below {high:g} (got {value})</source>
        <translation>harus kurang dari {high:g} (didapat {value})</translation>
    </message>
    <message>
        <source>must be between {low:g} and {high:g} (got {value})</source>
        <translation>harus antara {low:g} dan {high:g} (didapat {value})</translation>
    </message>
    <message>
        <source>must be at least {low:g} (got {value})</source>
        <translation>tidak boleh kurang dari {low:g} (didapat {value})</translation>
    </message>
    <message>
        <source>must hold at least {least} entries (has {count})</source>
        <translation>harus berisi paling sedikit {least} entri (berisi {count})</translation>
    </message>
    <message>
        <source>{value} does not have enough properties</source>
        <translation>{value} tidak memiliki cukup properti</translation>
    </message>
    <message>
        <source>{value} is expected to be empty</source>
        <translation>{value} seharusnya kosong</translation>
    </message>
    <message>
        <source>{value} should be non-empty</source>
        <translation>{value} seharusnya tidak kosong</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>{name!r} is {role}: only a stimulus has a slider level</source>
        <translation>{name!r} adalah {role}: hanya stimulus yang memiliki tingkat penggeser</translation>
    </message>
    <message>
        <source>must be true or false (got {value!r})</source>
        <translation>harus true atau false (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be a finite number of time units (got {value!r})</source>
        <translation>harus berupa jumlah satuan waktu yang terhingga (didapat {value!r})</translation>
    </message>
    <message>
        <source>must be at most {most} (got {value!r})</source>
        <translation>tidak boleh lebih dari {most} (didapat {value!r})</translation>
    </message>
    <message>
        <source>{name!r} is a path or junction, not a construct</source>
        <translation>{name!r} adalah jalur atau simpul, bukan konstruk</translation>
    </message>
    <message>
        <source>{name!r} is a construct; a step highlights paths and junctions</source>
        <translation>{name!r} adalah konstruk; langkah menyorot jalur dan simpul</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>harus berupa daftar langkah</translation>
    </message>
    <message>
        <source>must be a list of ids</source>
        <translation>harus berupa daftar id</translation>
    </message>
    <message>
        <source>must map stimulus ids to levels</source>
        <translation>harus memetakan id stimulus ke tingkat</translation>
    </message>
    <message>
        <source>must be a scenario&apos;s name (got {value!r})</source>
        <translation>harus berupa nama skenario (didapat {value!r})</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Alur cerita</translation>
    </message>
    <message>
        <source>Story step {number}</source>
        <translation>Langkah alur cerita {number}</translation>
    </message>
    <message>
        <source>{subject}, {place}: {reason}</source>
        <translation>{subject}, {place}: {reason}</translation>
    </message>
    <message>
        <source>the story has no step {number}</source>
        <translation>alur cerita tidak memiliki langkah {number}</translation>
    </message>
    <message>
        <source>a story step cannot be put at position {position}</source>
        <translation>langkah alur cerita tidak dapat ditempatkan pada posisi {position}</translation>
    </message>
    <message>
        <source>a story step has no field {field!r}</source>
        <translation>langkah alur cerita tidak memiliki bidang {field!r}</translation>
    </message>
    <message>
        <source>a story step cannot move to position {position} of {count}</source>
        <translation>langkah alur cerita tidak dapat dipindahkan ke posisi {position} dari {count}</translation>
    </message>
    <message>
        <source>the synergy term can reach {bound:.3g} (|{weight:g}| times the other members&apos; largest deviation) but {path}; raising {member} could then lower {target}. Keep |weight| small enough or strengthen that path</source>
        <translation>suku sinergi dapat mencapai {bound:.3g} (|{weight:g}| kali simpangan terbesar anggota lainnya), tetapi {path}; menaikkan {member} kemudian dapat menurunkan {target}. Jaga agar |bobot| cukup kecil atau perkuat jalur tersebut</translation>
    </message>
    <message>
        <source>there is no path {source} → {target}</source>
        <translation>tidak ada jalur {source} → {target}</translation>
    </message>
    <message>
        <source>the path {source} → {target} has weight {weight:g}</source>
        <translation>jalur {source} → {target} berbobot {weight:g}</translation>
    </message>
    <message>
        <source>{name!r} is a stimulus: stimuli are set from outside and take nothing in</source>
        <translation>{name!r} adalah stimulus: stimulus diatur dari luar dan tidak menerima masukan apa pun</translation>
    </message>
    <message>
        <source>only a construct that is not a stimulus can be clamped; {name!r} is a stimulus, which its schedule sets</source>
        <translation>hanya konstruk yang bukan stimulus yang dapat ditahan; {name!r} adalah stimulus, yang tingkatnya diatur oleh jadwalnya</translation>
    </message>
    <message>
        <source>there is no construct with id {name!r}</source>
        <translation>tidak ada konstruk dengan id {name!r}</translation>
    </message>
    <message>
        <source>{name!r} is a path, not a construct</source>
        <translation>{name!r} adalah jalur, bukan konstruk</translation>
    </message>
    <message>
        <source>{name!r} is a junction, not a construct</source>
        <translation>{name!r} adalah simpul, bukan konstruk</translation>
    </message>
    <message>
        <source>a synergy junction needs at least two different members</source>
        <translation>simpul sinergi memerlukan paling sedikit dua anggota yang berbeda</translation>
    </message>
    <message>
        <source>there is already a path from {source!r} to {target!r} (paths[{index}])</source>
        <translation>sudah ada jalur dari {source!r} ke {target!r} (paths[{index}])</translation>
    </message>
    <message>
        <source>the name {name!r} is already used by scenarios[{index}]</source>
        <translation>nama {name!r} sudah digunakan oleh scenarios[{index}]</translation>
    </message>
    <message>
        <source>the id {id!r} is already used by {place}</source>
        <translation>id {id!r} sudah digunakan oleh {place}</translation>
    </message>
    <message>
        <source>{target!r} cannot be both a member and the target</source>
        <translation>{target!r} tidak dapat sekaligus menjadi anggota dan target</translation>
    </message>
    <message>
        <source>{member!r} is listed twice</source>
        <translation>{member!r} tercantum dua kali</translation>
    </message>
    <message>
        <source>only a stimulus can have a schedule; {name!r} is {role}</source>
        <translation>hanya stimulus yang dapat memiliki jadwal; {name!r} adalah {role}</translation>
    </message>
    <message>
        <source>As drawn</source>
        <translation>Sesuai diagram</translation>
    </message>
    <message>
        <source>at most {most} scenarios can be compared at once</source>
        <translation>paling banyak {most} skenario dapat dibandingkan sekaligus</translation>
    </message>
    <message>
        <source>“{scenario}” is not among the compared scenarios</source>
        <translation>“{scenario}” tidak termasuk skenario yang dibandingkan</translation>
    </message>
    <message>
        <source>the threshold must be between 0 and 1 (got {value!r})</source>
        <translation>ambang harus antara 0 dan 1 (didapat {value!r})</translation>
    </message>
    <message>
        <source>a reveal mode is one of {choices} (got {value!r})</source>
        <translation>cara tampil harus salah satu dari {choices} (didapat {value!r})</translation>
    </message>
    <message>
        <source>the week must be 0 or later (got {week!r})</source>
        <translation>minggu harus 0 atau setelahnya (didapat {week!r})</translation>
    </message>
    <message>
        <source>Allocator&apos;s split for an extra amount: {total:,.0f} in all.</source>
        <translation>Pembagian pengalokasi untuk jumlah tambahan: total {total:,.0f}.</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>anggaran</translation>
    </message>
    <message>
        <source>the extra amount</source>
        <translation>jumlah tambahan</translation>
    </message>
    <message>
        <source>Allocator&apos;s split for the most outcome: {total:,.0f} in all.</source>
        <translation>Pembagian pengalokasi untuk hasil terbesar: total {total:,.0f}.</translation>
    </message>
    <message>
        <source>Allocator&apos;s split for the target: {total:,.0f} in all.</source>
        <translation>Pembagian pengalokasi untuk target: total {total:,.0f}.</translation>
    </message>
    <message>
        <source>the minimum of {name!r}</source>
        <translation>minimum {name!r}</translation>
    </message>
    <message>
        <source>the maximum of {name!r}</source>
        <translation>maksimum {name!r}</translation>
    </message>
    <message>
        <source>the minimum of {channel!r} ({low:g}) is above its maximum ({high:g})</source>
        <translation>minimum {channel!r} ({low:g}) melebihi maksimumnya ({high:g})</translation>
    </message>
    <message>
        <source>the minima add up to {total:,.6g}, above the budget of {budget:,.6g}</source>
        <translation>jumlah minimum mencapai {total:,.6g}, melebihi anggaran {budget:,.6g}</translation>
    </message>
    <message>
        <source>{what} must be a finite number (got {value!r})</source>
        <translation>{what} harus berupa angka terhingga (didapat {value!r})</translation>
    </message>
    <message>
        <source>{what} must not be negative (got {value:g})</source>
        <translation>{what} tidak boleh negatif (didapat {value:g})</translation>
    </message>
    <message>
        <source>{what} must be at most {most:g} (got {value:g})</source>
        <translation>{what} tidak boleh lebih dari {most:g} (didapat {value:g})</translation>
    </message>
    <message>
        <source>the target must be a level from {low:g} to {high:g} (got {target!r})</source>
        <translation>target harus berupa tingkat dari {low:g} sampai {high:g} (didapat {target!r})</translation>
    </message>
    <message>
        <source>the maximum of {channel!r} ({most:,.6g}) is below its current spend ({current:,.6g}), which an extra amount keeps</source>
        <translation>maksimum {channel!r} ({most:,.6g}) di bawah belanja saat ini ({current:,.6g}), yang dipertahankan oleh jumlah tambahan</translation>
    </message>
    <message>
        <source>channel {cid!r}</source>
        <translation>kanal {cid!r}</translation>
    </message>
    <message>
        <source>scenario {name!r}: spend on {channel!r}</source>
        <translation>skenario {name!r}: belanja untuk {channel!r}</translation>
    </message>
    <message>
        <source>{where} {problem}</source>
        <translation>{where} {problem}</translation>
    </message>
    <message>
        <source>a total spend must not be negative (got {total!r})</source>
        <translation>total belanja tidak boleh negatif (didapat {total!r})</translation>
    </message>
    <message>
        <source>scenario {name!r} spends on no channel {channel!r}</source>
        <translation>skenario {name!r} membelanjakan untuk kanal {channel!r} yang tidak ada</translation>
    </message>
    <message>
        <source>spend plans are money a {unit} and carry over from {unit} to {unit}, so they need a time step (dt) of 1; this model&apos;s dt is {dt:g}: set it to 1 to run them</source>
        <translation>rencana belanja adalah uang per {unit} dan terbawa dari {unit} ke {unit}, sehingga memerlukan langkah waktu (dt) sebesar 1; dt model ini {dt:g}: atur menjadi 1 untuk menjalankannya</translation>
    </message>
    <message>
        <source>there is nothing to compare: name at least one scenario</source>
        <translation>tidak ada yang dapat dibandingkan: sebutkan paling sedikit satu skenario</translation>
    </message>
    <message>
        <source>the reference {name!r} is not compared ({shown})</source>
        <translation>acuan {name!r} tidak termasuk yang dibandingkan ({shown})</translation>
    </message>
    <message>
        <source>there is no construct {cid!r} (constructs: {known})</source>
        <translation>tidak ada konstruk {cid!r} (konstruk: {known})</translation>
    </message>
    <message>
        <source>a threshold for {cid!r}, which is not compared</source>
        <translation>ada ambang untuk {cid!r}, padahal konstruk itu tidak dibandingkan</translation>
    </message>
    <message>
        <source>the threshold for {cid!r} must be from 0 to 1 (got {level!r})</source>
        <translation>ambang untuk {cid!r} harus dari 0 sampai 1 (didapat {level!r})</translation>
    </message>
    <message>
        <source>{cid!r} under {key!r} is not compared</source>
        <translation>{cid!r} dalam {key!r} tidak dibandingkan</translation>
    </message>
    <message>
        <source>the tolerance must be a number between 0 and 1 (got {tolerance!r})</source>
        <translation>toleransi harus berupa angka antara 0 dan 1 (didapat {tolerance!r})</translation>
    </message>
    <message>
        <source>the effects are undefined at this operating point: a feedback loop has a gain of 1, so a small push would never come to rest</source>
        <translation>efek tidak terdefinisi pada titik operasi ini: sebuah lingkar umpan balik memiliki penguatan 1, sehingga dorongan kecil tidak akan pernah mereda</translation>
    </message>
    <message>
        <source>{cid!r} is not a construct of this model</source>
        <translation>{cid!r} bukan konstruk model ini</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>there is no scenario named {name!r} (scenarios: {names})</source>
        <translation>tidak ada skenario bernama {name!r} (skenario: {names})</translation>
    </message>
    <message>
        <source>{lever!r} is not a stimulus that can be set (stimuli: {known})</source>
        <translation>{lever!r} bukan stimulus yang dapat diatur (stimulus: {known})</translation>
    </message>
    <message>
        <source>there is no construct with id {cid!r} (constructs: {known})</source>
        <translation>tidak ada konstruk dengan id {cid!r} (konstruk: {known})</translation>
    </message>
    <message>
        <source>{cid!r} is set from outside (a stimulus, a clamp or a fixed concept): choose an outcome the model computes</source>
        <translation>{cid!r} diatur dari luar (stimulus, penahanan, atau konsep tetap): pilih hasil yang dihitung oleh model</translation>
    </message>
    <message>
        <source>{lever!r} follows a schedule in this scenario; goal seek sets a constant level</source>
        <translation>{lever!r} mengikuti jadwal dalam skenario ini; pencarian sasaran menetapkan tingkat yang konstan</translation>
    </message>
    <message>
        <source>(λ/4)‖B‖₂ = {contraction:.3g} ≥ 1: the logistic rule may have several fixed points</source>
        <translation>(λ/4)‖B‖₂ = {contraction:.3g} ≥ 1: aturan logistik mungkin memiliki beberapa titik tetap</translation>
    </message>
    <message>
        <source>‖B‖₂ = {contraction:.3g} &lt; 1: one fixed point, and the levels settle at it whatever the time constants</source>
        <translation>‖B‖₂ = {contraction:.3g} &lt; 1: satu titik tetap, dan tingkat stabil di titik itu berapa pun konstanta waktunya</translation>
    </message>
    <message>
        <source>the loops damp: each step shrinks a small disturbance to at most {radius:.3g} of its size (ρ(B) = {spectral:.3g}, ρ(|B|) = {absolute:.3g} ≥ 1, so this holds for these time constants only)</source>
        <translation>lingkar teredam: setiap langkah mengecilkan gangguan kecil menjadi paling besar {radius:.3g} dari ukurannya (ρ(B) = {spectral:.3g}, ρ(|B|) = {absolute:.3g} ≥ 1, jadi ini hanya berlaku untuk konstanta waktu ini)</translation>
    </message>
    <message>
        <source>the model would settle in continuous time (max Re eig T⁻¹(B − I) = {growth:+.3g}), but the step Δt = {dt:g} is too coarse for the fastest constructs: one step multiplies a disturbance by {steps:.3g}; use a smaller Δt</source>
        <translation>model akan stabil dalam waktu kontinu (max Re eig T⁻¹(B − I) = {growth:+.3g}), tetapi langkah Δt = {dt:g} terlalu kasar untuk konstruk tercepat: satu langkah mengalikan gangguan dengan {steps:.3g}; gunakan Δt yang lebih kecil</translation>
    </message>
    <message>
        <source>at the activations&apos; steepest slopes the loops would amplify, but the levels settle after {steps} steps where the activations are flatter (each step shrinks a small disturbance there to {radius:.3g} of its size)</source>
        <translation>pada kemiringan aktivasi yang paling curam, lingkar akan memperkuat, tetapi tingkat stabil setelah {steps} langkah di bagian aktivasi yang lebih landai (di sana setiap langkah mengecilkan gangguan kecil menjadi {radius:.3g} dari ukurannya)</translation>
    </message>
    <message>
        <source>no feedback loop: each construct settles once the ones driving it have</source>
        <translation>tidak ada lingkar umpan balik: setiap konstruk stabil begitu konstruk yang mendorongnya stabil</translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}; {note}</translation>
    </message>
    <message>
        <source>(λ/4)‖B‖₂ = {contraction:.3g} &lt; 1: the logistic rule has one fixed point, attracting for any fixed time constants</source>
        <translation>(λ/4)‖B‖₂ = {contraction:.3g} &lt; 1: aturan logistik memiliki satu titik tetap, yang atraktif untuk konstanta waktu tetap apa pun</translation>
    </message>
    <message>
        <source>ρ(|B|) = {absolute:.3g} &lt; 1: the levels settle at one point whatever the time constants, rising and falling ones mixed</source>
        <translation>ρ(|B|) = {absolute:.3g} &lt; 1: tingkat stabil di satu titik berapa pun konstanta waktunya, termasuk campuran konstanta naik dan turun</translation>
    </message>
    <message>
        <source>‖B‖₂ = {contraction:.3g} &lt; 1 ((λ/4)‖B‖₂ for the logistic rule): one fixed point, and the levels settle at it whatever the time constants</source>
        <translation>‖B‖₂ = {contraction:.3g} &lt; 1 ((λ/4)‖B‖₂ untuk aturan logistik): satu titik tetap, dan tingkat stabil di titik itu berapa pun konstanta waktunya</translation>
    </message>
    <message>
        <source>{verdict}; checked with all rising and with all falling time constants</source>
        <translation>{verdict}; diperiksa dengan semua konstanta waktu naik dan dengan semua konstanta waktu turun</translation>
    </message>
    <message>
        <source>the update amplifies a small disturbance: ρ = {radius:.3g} ≥ 1 for the linearised FCM step at the activation&apos;s steepest slope</source>
        <translation>pembaruan memperkuat gangguan kecil: ρ = {radius:.3g} ≥ 1 untuk langkah FCM yang dilinearkan pada kemiringan aktivasi yang paling curam</translation>
    </message>
    <message>
        <source>the loops amplify: ρ(B) = {rho:.3g} ≥ 1, so a disturbance grows whatever the time constants (until an activation&apos;s bound holds it)</source>
        <translation>lingkar memperkuat: ρ(B) = {rho:.3g} ≥ 1, sehingga gangguan membesar berapa pun konstanta waktunya (sampai batas aktivasi menahannya)</translation>
    </message>
    <message>
        <source>ρ(B) = {rho:.3g} &lt; 1, yet with these time constants the loops grow: T⁻¹(B − I) has an eigenvalue with real part {growth:+.3g} per time unit. Fast constructs in a reinforcing loop run away before the slower ones that balance them react; equal time constants would settle</source>
        <translation>ρ(B) = {rho:.3g} &lt; 1, tetapi dengan konstanta waktu ini lingkar membesar: T⁻¹(B − I) memiliki nilai eigen dengan bagian real {growth:+.3g} per satuan waktu. Konstruk cepat dalam lingkar penguat lepas kendali sebelum konstruk lebih lambat yang menyeimbangkannya sempat bereaksi; dengan konstanta waktu yang sama, tingkat akan stabil</translation>
    </message>
    <message>
        <source>a feedback loop runs through a threshold activation (bivalent or trivalent): the levels jump between values and may cycle; run the simulation to see</source>
        <translation>sebuah lingkar umpan balik melewati aktivasi ambang (bivalen atau trivalen): tingkat melompat di antara nilai-nilai dan mungkin berulang dalam siklus; jalankan simulasi untuk melihatnya</translation>
    </message>
    <message>
        <source>runs must be a whole number from 1 to {most:,} (got {runs!r})</source>
        <translation>jumlah simulasi harus bilangan bulat dari 1 sampai {most:,} (didapat {runs!r})</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 on (got {seed!r})</source>
        <translation>benih acak harus bilangan bulat mulai dari 0 (didapat {seed!r})</translation>
    </message>
    <message>
        <source>the default sd must be a number from 0 to {most:g} (got {sd!r})</source>
        <translation>SD bawaan harus berupa angka dari 0 sampai {most:g} (didapat {sd!r})</translation>
    </message>
    <message>
        <source>{runs:,} runs of {steps:,} steps of this model do not fit in memory; at most {most:,} runs</source>
        <translation>{runs:,} simulasi dengan {steps:,} langkah pada model ini tidak muat di memori; paling banyak {most:,} simulasi</translation>
    </message>
    <message>
        <source>the bands have no construct {cid!r}</source>
        <translation>pita tidak memiliki konstruk {cid!r}</translation>
    </message>
    <message>
        <source>the sd of {item!r} must be a number from 0 to {most:g}</source>
        <translation>SD {item!r} harus berupa angka dari 0 sampai {most:g}</translation>
    </message>
    <message>
        <source>Your prediction: {predicted:.2f} at {unit} {time:g} — model: {actual:.2f} (gap {gap}); mean absolute gap {mean:.2f}</source>
        <translation>Prediksi Anda: {predicted:.2f} pada {unit} {time:g} — model: {actual:.2f} (selisih {gap}); rata-rata selisih mutlak {mean:.2f}</translation>
    </message>
    <message>
        <source>there is no prediction yet: sketch a curve or type a level</source>
        <translation>belum ada prediksi: buat sketsa kurva atau ketik sebuah tingkat</translation>
    </message>
    <message>
        <source>the run has no levels to compare the prediction with</source>
        <translation>simulasi tidak memiliki tingkat untuk dibandingkan dengan prediksi</translation>
    </message>
    <message>
        <source>the prediction ({first:g} to {last:g}) lies outside the run ({start:g} to {end:g})</source>
        <translation>prediksi ({first:g} sampai {last:g}) berada di luar rentang simulasi ({start:g} sampai {end:g})</translation>
    </message>
    <message>
        <source>a predicted point needs a finite time and level (got {time}, {level})</source>
        <translation>titik prediksi memerlukan waktu dan tingkat yang terhingga (didapat {time}, {level})</translation>
    </message>
    <message>
        <source>a predicted level must be between {low:g} and 1 (got {level:g})</source>
        <translation>tingkat prediksi harus antara {low:g} dan 1 (didapat {level:g})</translation>
    </message>
    <message>
        <source>a predicted time cannot be before the start (got {time:g})</source>
        <translation>waktu prediksi tidak boleh sebelum awal (didapat {time:g})</translation>
    </message>
    <message>
        <source>a curve needs at least 2 points (got {points!r})</source>
        <translation>kurva memerlukan paling sedikit 2 titik (didapat {points!r})</translation>
    </message>
    <message>
        <source>the next amount must be above 0 (got {amount!r})</source>
        <translation>jumlah berikutnya harus di atas 0 (didapat {amount!r})</translation>
    </message>
    <message>
        <source>the result has no construct {cid!r}</source>
        <translation>hasil simulasi tidak memiliki konstruk {cid!r}</translation>
    </message>
    <message>
        <source>the batch has no construct {cid!r}</source>
        <translation>kumpulan simulasi tidak memiliki konstruk {cid!r}</translation>
    </message>
    <message>
        <source>Starting level, not yet faded</source>
        <translation>Tingkat awal, belum memudar</translation>
    </message>
    <message>
        <source>Feedback loops</source>
        <translation>Lingkar umpan balik</translation>
    </message>
    <message>
        <source>Feedback loops and other routes</source>
        <translation>Lingkar umpan balik dan rute lain</translation>
    </message>
    <message>
        <source>The rule&apos;s resting level</source>
        <translation>Tingkat diam aturan pembaruan</translation>
    </message>
    <message>
        <source>Not quite settled</source>
        <translation>Belum sepenuhnya stabil</translation>
    </message>
    <message>
        <source>Set outside the model (slider, schedule or clamp)</source>
        <translation>Diatur dari luar model (penggeser, jadwal, atau penahanan)</translation>
    </message>
    <message>
        <source>the long-run shares are undefined here: a feedback loop has a gain of 1, so a push would never come to rest</source>
        <translation>porsi jangka panjang tidak terdefinisi di sini: sebuah lingkar umpan balik memiliki penguatan 1, sehingga dorongan tidak akan pernah mereda</translation>
    </message>
    <message>
        <source>{cid!r} has no long-run level to explain: the model {reason}; explain a week of the run instead</source>
        <translation>{cid!r} tidak memiliki tingkat jangka panjang untuk dijelaskan: model {reason}; jelaskan satu minggu dari simulasi sebagai gantinya</translation>
    </message>
    <message>
        <source>Sobol and Morris indices need the SALib package, which is not installed here (the offline installer leaves it out: with scipy and pandas it would pass the installer&apos;s size budget); install the program with pip, e.g. &quot;pip install synergy-explorer&quot;, to use them. The tornado works without it.</source>
        <translation>Indeks Sobol dan Morris memerlukan paket SALib, yang tidak terpasang di sini (penginstal luring tidak menyertakannya: bersama scipy dan pandas, paket ini akan melampaui batas ukuran penginstal); pasang program dengan pip, mis. &quot;pip install synergy-explorer&quot;, untuk menggunakannya. Tornado berfungsi tanpa paket ini.</translation>
    </message>
    <message>
        <source>there is no construct {cid!r} to use as the outcome (outcomes: {known})</source>
        <translation>tidak ada konstruk {cid!r} untuk digunakan sebagai hasil (hasil: {known})</translation>
    </message>
    <message>
        <source>the outcome does not change over these ranges, so every index is 0</source>
        <translation>hasil tidak berubah pada rentang ini, sehingga setiap indeks bernilai 0</translation>
    </message>
    <message>
        <source>{cid!r} is set by the scenario, not computed, so nothing changes it (outcomes: {known})</source>
        <translation>{cid!r} diatur oleh skenario, bukan dihitung, sehingga tidak ada yang mengubahnya (hasil: {known})</translation>
    </message>
    <message>
        <source>the week must be a number from 0 (got {week!r})</source>
        <translation>minggu harus berupa angka mulai dari 0 (didapat {week!r})</translation>
    </message>
    <message>
        <source>the week must be at most {last:g}, the longest run (got {week:g})</source>
        <translation>minggu harus paling besar {last:g}, yaitu simulasi terpanjang (didapat {week:g})</translation>
    </message>
    <message>
        <source>the model has no path, junction or stimulus to vary</source>
        <translation>model tidak memiliki jalur, simpul, atau stimulus untuk divariasikan</translation>
    </message>
    <message>
        <source>there is no parameter {name!r} (parameters: {known})</source>
        <translation>tidak ada parameter {name!r} (parameter: {known})</translation>
    </message>
    <message>
        <source>Sobol samples must be a power of two from 2 to {most} (got {samples!r})</source>
        <translation>sampel Sobol harus berupa pangkat dua dari 2 sampai {most} (didapat {samples!r})</translation>
    </message>
    <message>
        <source>Sobol samples must be a power of two, which Sobol sequences need for their balance (got {samples}: use {below} or {above})</source>
        <translation>sampel Sobol harus berupa pangkat dua, yang diperlukan barisan Sobol untuk keseimbangannya (didapat {samples}: gunakan {below} atau {above})</translation>
    </message>
    <message>
        <source>Morris trajectories must be a whole number from 2 to {most} (got {samples!r})</source>
        <translation>lintasan Morris harus berupa bilangan bulat dari 2 sampai {most} (didapat {samples!r})</translation>
    </message>
    <message>
        <source>no parameter has a range to vary over (every sd is 0)</source>
        <translation>tidak ada parameter yang memiliki rentang untuk divariasikan (setiap SD bernilai 0)</translation>
    </message>
    <message>
        <source>held at their value (sd 0): {names}</source>
        <translation>ditahan pada nilainya (SD 0): {names}</translation>
    </message>
    <message>
        <source>{runs} runs were still moving after {steps} steps; their last level is used</source>
        <translation>{runs} simulasi masih bergerak setelah {steps} langkah; tingkat terakhirnya yang digunakan</translation>
    </message>
    <message>
        <source>the result has no parameter {name!r}</source>
        <translation>hasil analisis tidak memiliki parameter {name!r}</translation>
    </message>
    <message>
        <source>weight of {item!r}</source>
        <translation>bobot {item!r}</translation>
    </message>
    <message>
        <source>level of {cid!r}</source>
        <translation>tingkat {cid!r}</translation>
    </message>
    <message>
        <source>there is no path or junction with id {item!r}</source>
        <translation>tidak ada jalur atau simpul dengan id {item!r}</translation>
    </message>
    <message>
        <source>{label} at {unit} {week:g}</source>
        <translation>{label} pada {unit} {week:g}</translation>
    </message>
    <message>
        <source>{label} (average over the run)</source>
        <translation>{label} (rata-rata selama simulasi)</translation>
    </message>
    <message>
        <source>the model has no channels: add a channel that drives a stimulus</source>
        <translation>model tidak memiliki kanal: tambahkan kanal yang mendorong sebuah stimulus</translation>
    </message>
    <message>
        <source>{cid!r} is set from outside (a stimulus or a clamp): choose an outcome the model computes, such as loyalty</source>
        <translation>{cid!r} diatur dari luar (stimulus atau penahanan): pilih hasil yang dihitung oleh model, seperti loyalitas</translation>
    </message>
    <message>
        <source>week {week:g} is past the run&apos;s {steps} steps; choose an earlier week or a longer horizon</source>
        <translation>minggu {week:g} melewati {steps} langkah simulasi; pilih minggu yang lebih awal atau horizon yang lebih panjang</translation>
    </message>
    <message>
        <source>did not settle within {steps} steps</source>
        <translation>tidak stabil dalam {steps} langkah</translation>
    </message>
    <message>
        <source>diverges and is held at its bounds by {kinds} ({names})</source>
        <translation>divergen dan ditahan pada batasnya oleh {kinds} ({names})</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} dan {last}</translation>
    </message>
    <message>
        <source>diverges and is held at the bound {bound} by {kinds} ({names})</source>
        <translation>divergen dan ditahan pada batas {bound} oleh {kinds} ({names})</translation>
    </message>
    <message>
        <source>tolerance must be between 0 and 1 (got {tolerance!r})</source>
        <translation>toleransi harus antara 0 dan 1 (didapat {tolerance!r})</translation>
    </message>
    <message>
        <source>oscillates with period {period}</source>
        <translation>berosilasi dengan periode {period}</translation>
    </message>
    <message>
        <source>there is no synergy junction {jid!r} (junctions: {known})</source>
        <translation>tidak ada simpul sinergi {jid!r} (simpul: {known})</translation>
    </message>
    <message>
        <source>{focal!r} is not a member of junction {jid!r} ({names})</source>
        <translation>{focal!r} bukan anggota simpul {jid!r} ({names})</translation>
    </message>
    <message>
        <source>path {pid!r}: weight</source>
        <translation>jalur {pid!r}: bobot</translation>
    </message>
    <message>
        <source>junction {jid!r}: weight</source>
        <translation>simpul {jid!r}: bobot</translation>
    </message>
    <message>
        <source>scenario {name!r}: horizon</source>
        <translation>skenario {name!r}: horizon</translation>
    </message>
    <message>
        <source>the run</source>
        <translation>simulasi</translation>
    </message>
    <message>
        <source>settings {name}</source>
        <translation>pengaturan {name}</translation>
    </message>
    <message>
        <source>scenario {name!r}: schedule of {cid!r}</source>
        <translation>skenario {name!r}: jadwal {cid!r}</translation>
    </message>
    <message>
        <source>scenario {name!r}: clamp of {cid!r}</source>
        <translation>skenario {name!r}: penahanan {cid!r}</translation>
    </message>
    <message>
        <source>scenario {name!r}: weight of {item!r}</source>
        <translation>skenario {name!r}: bobot {item!r}</translation>
    </message>
    <message>
        <source>steps must be a whole number from 0 to {most} (got {steps!r})</source>
        <translation>jumlah langkah harus bilangan bulat dari 0 sampai {most} (didapat {steps!r})</translation>
    </message>
    <message>
        <source>construct {cid!r} appears twice</source>
        <translation>konstruk {cid!r} muncul dua kali</translation>
    </message>
    <message>
        <source>construct {cid!r}: {field}</source>
        <translation>konstruk {cid!r}: {field}</translation>
    </message>
    <message>
        <source>junction {jid!r} needs at least two members</source>
        <translation>simpul {jid!r} memerlukan paling sedikit dua anggota</translation>
    </message>
    <message>
        <source>scenario {name!r} schedules an unknown construct {cid!r}</source>
        <translation>skenario {name!r} menjadwalkan konstruk tak dikenal {cid!r}</translation>
    </message>
    <message>
        <source>scenario {name!r} clamps an unknown construct {cid!r}</source>
        <translation>skenario {name!r} menahan konstruk tak dikenal {cid!r}</translation>
    </message>
    <message>
        <source>scenario {name!r} overrides the weight of an unknown item {item!r}</source>
        <translation>skenario {name!r} mengganti bobot item tak dikenal {item!r}</translation>
    </message>
    <message>
        <source>construct {cid!r}:</source>
        <translation>konstruk {cid!r}:</translation>
    </message>
    <message>
        <source>path {pid!r} refers to an unknown construct {end!r}</source>
        <translation>jalur {pid!r} merujuk ke konstruk tak dikenal {end!r}</translation>
    </message>
    <message>
        <source>junction {jid!r} refers to an unknown construct {end!r}</source>
        <translation>simpul {jid!r} merujuk ke konstruk tak dikenal {end!r}</translation>
    </message>
    <message>
        <source>coefficient table</source>
        <translation>tabel koefisien</translation>
    </message>
    <message>
        <source>the header is not understood; expected a lavaan parameterEstimates() table (lhs, op, rhs, est, se), a semopy inspect() table (lval, op, rval, Estimate, Std. Err) or a SmartPLS path-coefficient matrix (names in the first row and column)</source>
        <translation>baris judul tidak dipahami; diharapkan tabel parameterEstimates() lavaan (lhs, op, rhs, est, se), tabel inspect() semopy (lval, op, rval, Estimate, Std. Err), atau matriks koefisien jalur SmartPLS (nama di baris dan kolom pertama)</translation>
    </message>
    <message>
        <source>the coefficient {value:g} of {source} -&gt; {target} is outside [-1, 1]: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds; for βs, export the standardised solution</source>
        <translation>koefisien {value:g} untuk {source} -&gt; {target} berada di luar [-1, 1]: bobot dianggap tak terstandar (settings.weight_scale), sehingga tingkat dapat mencapai batasnya; untuk β, ekspor solusi terstandar</translation>
    </message>
    <message>
        <source>coefficient table (CSV)</source>
        <translation>tabel koefisien (CSV)</translation>
    </message>
    <message>
        <source>column {name!r}: {cell!r} is not a number</source>
        <translation>kolom {name!r}: {cell!r} bukan angka</translation>
    </message>
    <message>
        <source>the header has no &apos;Original Sample (O)&apos;</source>
        <translation>baris judul tidak memiliki &apos;Original Sample (O)&apos;</translation>
    </message>
    <message>
        <source>the standard error {se:g} of {source} -&gt; {target} is larger than {largest:g}</source>
        <translation>galat baku {se:g} untuk {source} -&gt; {target} lebih besar dari {largest:g}</translation>
    </message>
    <message>
        <source>holds no regression coefficients (op &apos;~&apos;)</source>
        <translation>tidak berisi koefisien regresi (op &apos;~&apos;)</translation>
    </message>
    <message>
        <source>is empty; expected a {what}</source>
        <translation>kosong; diharapkan {what}</translation>
    </message>
    <message>
        <source>the matrix holds no coefficients</source>
        <translation>matriks tidak berisi koefisien</translation>
    </message>
    <message>
        <source>the coefficient {value:g} of {source} -&gt; {target} is outside [-{largest:g}, {largest:g}], the largest weight the model holds; export the standardised solution</source>
        <translation>koefisien {value:g} untuk {source} -&gt; {target} berada di luar [-{largest:g}, {largest:g}], bobot terbesar yang dapat ditampung model; ekspor solusi terstandar</translation>
    </message>
    <message>
        <source>{source} -&gt; {target} is given twice</source>
        <translation>{source} -&gt; {target} tercantum dua kali</translation>
    </message>
    <message>
        <source>the header has no estimate column (est, est.std, std.all or Estimate)</source>
        <translation>baris judul tidak memiliki kolom estimasi (est, est.std, std.all, atau Estimate)</translation>
    </message>
    <message>
        <source>a row of the matrix has no construct name</source>
        <translation>sebuah baris matriks tidak memiliki nama konstruk</translation>
    </message>
    <message>
        <source>{cell!r} is not &apos;A -&gt; B&apos;</source>
        <translation>{cell!r} bukan &apos;A -&gt; B&apos;</translation>
    </message>
    <message>
        <source>the standard errors belong to the unstandardised estimates; each is rescaled to the standardised {column!r} by std/est</source>
        <translation>galat baku berasal dari estimasi tak terstandar; masing-masing diskalakan ulang ke {column!r} yang terstandar dengan std/est</translation>
    </message>
    <message>
        <source>no estimate; left out</source>
        <translation>tidak ada estimasi; tidak disertakan</translation>
    </message>
    <message>
        <source>a value has no column name</source>
        <translation>sebuah nilai tidak memiliki nama kolom</translation>
    </message>
    <message>
        <source>{source} -&gt; {target} is not a path of the model; left out</source>
        <translation>{source} -&gt; {target} bukan jalur model; tidak disertakan</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>tanda kurung tidak ditutup</translation>
    </message>
    <message>
        <source>unexpected {text!r}</source>
        <translation>{text!r} tidak terduga</translation>
    </message>
    <message>
        <source>cannot read {rest!r}</source>
        <translation>tidak dapat membaca {rest!r}</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>ekspresi kosong</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>ekspresi berakhir terlalu awal</translation>
    </message>
    <message>
        <source>{name} needs brackets: {name}(...)</source>
        <translation>{name} memerlukan tanda kurung: {name}(...)</translation>
    </message>
    <message>
        <source>divides by zero</source>
        <translation>membagi dengan nol</translation>
    </message>
    <message>
        <source>{name!r} is not the label of any coefficient</source>
        <translation>{name!r} bukan label koefisien mana pun</translation>
    </message>
    <message>
        <source>{name}({argument:g}) cannot be worked out</source>
        <translation>{name}({argument:g}) tidak dapat dihitung</translation>
    </message>
    <message>
        <source>a power cannot be worked out</source>
        <translation>suatu pangkat tidak dapat dihitung</translation>
    </message>
    <message>
        <source>{target!r} has {predictors} ({names}) but only {respondents}; OLS needs more respondents than predictors + 1</source>
        <translation>{target!r} memiliki {predictors} ({names}) tetapi hanya {respondents}; OLS memerlukan responden lebih banyak daripada prediktor + 1</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: the model has no such path; its β {beta:.3f} was not used</source>
        <translation>{source} -&gt; {target}: model tidak memiliki jalur tersebut; β-nya {beta:.3f} tidak digunakan</translation>
    </message>
    <message>
        <source>{count} predictors</source>
        <translation>{count} prediktor</translation>
    </message>
    <message>
        <source>{count} predictor</source>
        <translation>{count} prediktor</translation>
    </message>
    <message>
        <source>{count} complete respondents</source>
        <translation>{count} responden lengkap</translation>
    </message>
    <message>
        <source>{count} complete respondent</source>
        <translation>{count} responden lengkap</translation>
    </message>
    <message>
        <source>the predictors of {target!r} are collinear ({names}): one is a linear combination of the others, so their effects on {target!r} cannot be told apart (singular design)</source>
        <translation>prediktor {target!r} kolinear ({names}): salah satunya merupakan kombinasi linear dari yang lain, sehingga efeknya pada {target!r} tidak dapat dibedakan (desain singular)</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: the model has no such synergy; its β {beta:.3f} was not used</source>
        <translation>{source} -&gt; {target}: model tidak memiliki sinergi tersebut; β-nya {beta:.3f} tidak digunakan</translation>
    </message>
    <message>
        <source>the number of bootstrap resamples must be ≥ 0 (got {count})</source>
        <translation>jumlah sampel ulang bootstrap harus ≥ 0 (didapat {count})</translation>
    </message>
    <message>
        <source>the confidence level must be between 0 and 1 (got {level})</source>
        <translation>tingkat kepercayaan harus antara 0 dan 1 (didapat {level})</translation>
    </message>
    <message>
        <source>{failed} of {count} bootstrap resamples had a degenerate design and were left out</source>
        <translation>{failed} dari {count} sampel ulang bootstrap memiliki desain degeneratif dan tidak disertakan</translation>
    </message>
    <message>
        <source>the model has no regressions (no path to estimate)</source>
        <translation>model tidak memiliki regresi (tidak ada jalur untuk diestimasi)</translation>
    </message>
    <message>
        <source>the model has a feedback loop ({loop}); path analysis by OLS needs a recursive (loop-free) model</source>
        <translation>model memiliki lingkar umpan balik ({loop}); analisis jalur dengan OLS memerlukan model rekursif (tanpa lingkar)</translation>
    </message>
    <message>
        <source>{count} indirect routes: only each pair&apos;s total indirect effect is listed</source>
        <translation>{count} rute tidak langsung: hanya efek tidak langsung total setiap pasangan yang dicantumkan</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: β = {beta:.3f} lies outside the model&apos;s weights [−1, 1] (a suppression effect or collinear predictors?); it keeps its weight {weight:g} — check the study before using it</source>
        <translation>{source} -&gt; {target}: β = {beta:.3f} berada di luar rentang bobot model [−1, 1] (efek supresi atau prediktor yang kolinear?); jalur ini mempertahankan bobotnya {weight:g} — periksa penelitiannya sebelum menggunakannya</translation>
    </message>
    <message>
        <source>construct {name!r} has no items to score it by</source>
        <translation>konstruk {name!r} tidak memiliki butir untuk menghitung skornya</translation>
    </message>
    <message>
        <source>construct {name!r} has the same score for every respondent; it cannot be standardised</source>
        <translation>konstruk {name!r} memiliki skor yang sama untuk setiap responden; konstruk ini tidak dapat distandarkan</translation>
    </message>
    <message>
        <source>{target!r} is regressed on itself; OLS cannot estimate that</source>
        <translation>{target!r} diregresikan pada dirinya sendiri; OLS tidak dapat mengestimasinya</translation>
    </message>
    <message>
        <source>{target!r} names predictor {name!r} twice</source>
        <translation>{target!r} menyebut prediktor {name!r} dua kali</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: β = {beta:.3f}, SE = {se:.3f} refused: {reason}</source>
        <translation>{source} -&gt; {target}: β = {beta:.3f}, SE = {se:.3f} ditolak: {reason}</translation>
    </message>
    <message>
        <source>the weight {weight:g} is outside [-1, 1], where FCM weights lie: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds</source>
        <translation>bobot {weight:g} berada di luar [-1, 1], rentang bobot FCM: bobot dianggap tak terstandar (settings.weight_scale), sehingga tingkat dapat mencapai batasnya</translation>
    </message>
    <message>
        <source>the matrix is not square: the first column must name the same concepts as the header, in the same order (header: {names}; rows: {rows})</source>
        <translation>matriks tidak persegi: kolom pertama harus menyebut konsep yang sama dengan baris judul, dalam urutan yang sama (baris judul: {names}; baris: {rows})</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: {text!r} is not a finite number</source>
        <translation>{source} -&gt; {target}: {text!r} bukan bilangan terhingga</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: {text} is outside ±{largest:g}, the largest weight a model takes</source>
        <translation>{source} -&gt; {target}: {text} berada di luar ±{largest:g}, bobot terbesar yang dapat diterima model</translation>
    </message>
    <message>
        <source>the synergy {name} has no place in an FCM matrix; left out</source>
        <translation>sinergi {name} tidak memiliki tempat dalam matriks FCM; tidak disertakan</translation>
    </message>
    <message>
        <source>FCM matrix (CSV)</source>
        <translation>matriks FCM (CSV)</translation>
    </message>
    <message>
        <source>holds no matrix: names in the first row and column, weights between</source>
        <translation>tidak berisi matriks: nama di baris dan kolom pertama, bobot di antaranya</translation>
    </message>
    <message>
        <source>the row is longer than the header</source>
        <translation>baris lebih panjang daripada baris judul</translation>
    </message>
    <message>
        <source>the update rule must be one of {rules} (got {rule!r})</source>
        <translation>aturan pembaruan harus salah satu dari {rules} (didapat {rule!r})</translation>
    </message>
    <message>
        <source>the activation&apos;s {problem}</source>
        <translation>aktivasi: {problem}</translation>
    </message>
    <message>
        <source>a concept has no name in the header</source>
        <translation>sebuah konsep tidak memiliki nama di baris judul</translation>
    </message>
    <message>
        <source>the concept {name!r} is named twice</source>
        <translation>konsep {name!r} disebut dua kali</translation>
    </message>
    <message>
        <source>{source} -&gt; {target}: {text!r} is not a number</source>
        <translation>{source} -&gt; {target}: {text!r} bukan angka</translation>
    </message>
    <message>
        <source>node {node!r}</source>
        <translation>node {node!r}</translation>
    </message>
    <message>
        <source>junction {node!r}</source>
        <translation>simpul {node!r}</translation>
    </message>
    <message>
        <source>GraphML file</source>
        <translation>berkas GraphML</translation>
    </message>
    <message>
        <source>is not valid XML ({error})</source>
        <translation>bukan XML yang valid ({error})</translation>
    </message>
    <message>
        <source>is not GraphML networkx can read: {error}</source>
        <translation>bukan GraphML yang dapat dibaca networkx: {error}</translation>
    </message>
    <message>
        <source>{where}: the weight {weight:g} is outside [-1, 1]: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds</source>
        <translation>{where}: bobot {weight:g} berada di luar [-1, 1]: bobot dianggap tak terstandar (settings.weight_scale), sehingga tingkat dapat mencapai batasnya</translation>
    </message>
    <message>
        <source>edge {source!r} -&gt; {target!r}</source>
        <translation>edge {source!r} -&gt; {target!r}</translation>
    </message>
    <message>
        <source>the graph is undirected: each edge is read from its first to its second node</source>
        <translation>graf tidak berarah: setiap edge dibaca dari node pertama ke node keduanya</translation>
    </message>
    <message>
        <source>holds no nodes</source>
        <translation>tidak berisi node</translation>
    </message>
    <message>
        <source>{where}: {name} {value!r} is not a finite number</source>
        <translation>{where}: {name} {value!r} bukan bilangan terhingga</translation>
    </message>
    <message>
        <source>{where}: role {role!r} is not one of {roles}</source>
        <translation>{where}: peran {role!r} bukan salah satu dari {roles}</translation>
    </message>
    <message>
        <source>{where} has no weight; it starts at {weight}</source>
        <translation>{where} tidak memiliki bobot; bobot awalnya {weight}</translation>
    </message>
    <message>
        <source>{where}: the weight {weight:g} is outside [-{largest:g}, {largest:g}], the largest the model holds</source>
        <translation>{where}: bobot {weight:g} berada di luar [-{largest:g}, {largest:g}], bobot terbesar yang dapat ditampung model</translation>
    </message>
    <message>
        <source>{where} must lead to exactly one target (it leads to {count})</source>
        <translation>{where} harus mengarah ke tepat satu target (saat ini mengarah ke {count})</translation>
    </message>
    <message>
        <source>{where}: {name} {value!r} is not a number</source>
        <translation>{where}: {name} {value!r} bukan angka</translation>
    </message>
    <message>
        <source>the graph&apos;s {name} {value!r} is not one of {choices}</source>
        <translation>{name} {value!r} pada graf bukan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>{where} is given twice</source>
        <translation>{where} tercantum dua kali</translation>
    </message>
    <message>
        <source>{where}: kind {kind!r} is not one of {kinds}</source>
        <translation>{where}: jenis {kind!r} bukan salah satu dari {kinds}</translation>
    </message>
    <message>
        <source>lavaan model</source>
        <translation>model lavaan</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>batasan</translation>
    </message>
    <message>
        <source>a semopy DEFINE line</source>
        <translation>baris DEFINE semopy</translation>
    </message>
    <message>
        <source>a variance or covariance</source>
        <translation>varians atau kovarians</translation>
    </message>
    <message>
        <source>a threshold</source>
        <translation>ambang</translation>
    </message>
    <message>
        <source>a scaling factor</source>
        <translation>faktor skala</translation>
    </message>
    <message>
        <source>holds no formulas (such as &apos;y ~ x&apos;)</source>
        <translation>tidak berisi formula (seperti &apos;y ~ x&apos;)</translation>
    </message>
    <message>
        <source>the coefficient {value:g} is outside [-1, 1]: the weights are taken as unstandardised (settings.weight_scale), so levels may run to their bounds; for βs, import the standardised solution (lavaan standardizedSolution(), semopy inspect(std_est=True))</source>
        <translation>koefisien {value:g} berada di luar [-1, 1]: bobot dianggap tak terstandar (settings.weight_scale), sehingga tingkat dapat mencapai batasnya; untuk β, impor solusi terstandar (lavaan standardizedSolution(), semopy inspect(std_est=True))</translation>
    </message>
    <message>
        <source>an intercept (~ 1) is left out</source>
        <translation>intersep (~ 1) tidak disertakan</translation>
    </message>
    <message>
        <source>the coefficient {value:g} is outside [-{largest:g}, {largest:g}], the largest weight the model holds; use the standardised solution (lavaan standardizedSolution(), semopy inspect(std_est=True))</source>
        <translation>koefisien {value:g} berada di luar [-{largest:g}, {largest:g}], bobot terbesar yang dapat ditampung model; gunakan solusi terstandar (lavaan standardizedSolution(), semopy inspect(std_est=True))</translation>
    </message>
    <message>
        <source>{count} coefficient(s) have no value (lines {lines}): paths start at {path}, synergies at {synergy}; fix them (0.4*x) or import a coefficient table</source>
        <translation>{count} koefisien tidak memiliki nilai (baris {lines}): jalur dimulai pada {path}, sinergi pada {synergy}; tetapkan nilainya (0.4*x) atau impor tabel koefisien</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{what} ({operator}) is left out</source>
        <translation>{what} ({operator}) tidak disertakan</translation>
    </message>
    <message>
        <source>{target!r} cannot predict itself</source>
        <translation>{target!r} tidak dapat memprediksi dirinya sendiri</translation>
    </message>
    <message>
        <source>a coefficient is fixed twice</source>
        <translation>sebuah koefisien ditetapkan dua kali</translation>
    </message>
    <message>
        <source>a coefficient has two labels</source>
        <translation>sebuah koefisien memiliki dua label</translation>
    </message>
    <message>
        <source>an item cannot be an interaction</source>
        <translation>butir tidak dapat berupa interaksi</translation>
    </message>
    <message>
        <source>{name!r} is read as the product {first}:{second} (a synergy junction)</source>
        <translation>{name!r} dibaca sebagai hasil kali {first}:{second} (simpul sinergi)</translation>
    </message>
    <message>
        <source>{effect} := uses {name!r}, which labels no coefficient (label one as in &apos;y ~ a*x&apos;)</source>
        <translation>{effect} := menggunakan {name!r}, yang bukan label koefisien mana pun (beri label pada satu koefisien seperti &apos;y ~ a*x&apos;)</translation>
    </message>
    <message>
        <source>a &apos;#@&apos; line that is not understood is left out</source>
        <translation>baris &apos;#@&apos; yang tidak dipahami tidak disertakan</translation>
    </message>
    <message>
        <source>unknown operator {text!r}</source>
        <translation>operator {text!r} tidak dikenal</translation>
    </message>
    <message>
        <source>expected a formula such as &apos;y ~ x1 + x2&apos; (no operator ~, =~, ~~ or := found)</source>
        <translation>diharapkan formula seperti &apos;y ~ x1 + x2&apos; (tidak ditemukan operator ~, =~, ~~, atau :=)</translation>
    </message>
    <message>
        <source>a quoted label is not closed on its line</source>
        <translation>label dalam tanda kutip tidak ditutup pada barisnya</translation>
    </message>
    <message>
        <source>nothing follows {operator!r}</source>
        <translation>tidak ada apa pun setelah {operator!r}</translation>
    </message>
    <message>
        <source>&apos;{name}:&apos; blocks (multiple groups or levels) are not supported; import one group&apos;s model</source>
        <translation>blok &apos;{name}:&apos; (beberapa kelompok atau level) tidak didukung; impor model satu kelompok saja</translation>
    </message>
    <message>
        <source>{operator!r} needs a name on its left</source>
        <translation>{operator!r} memerlukan nama di sebelah kirinya</translation>
    </message>
    <message>
        <source>expected a name, not {text!r}</source>
        <translation>diharapkan nama, bukan {text!r}</translation>
    </message>
    <message>
        <source>a name is missing before it</source>
        <translation>tidak ada nama sebelum operator ini</translation>
    </message>
    <message>
        <source>&apos;:=&apos; defines one name at a time</source>
        <translation>&apos;:=&apos; hanya mendefinisikan satu nama setiap kali</translation>
    </message>
    <message>
        <source>a term is missing after &apos;+&apos;</source>
        <translation>suku hilang setelah &apos;+&apos;</translation>
    </message>
    <message>
        <source>a variable name is missing after &apos;*&apos;</source>
        <translation>nama variabel hilang setelah &apos;*&apos;</translation>
    </message>
    <message>
        <source>a variable name is missing after &apos;:&apos;</source>
        <translation>nama variabel hilang setelah &apos;:&apos;</translation>
    </message>
    <message>
        <source>an interaction names a variable twice</source>
        <translation>sebuah interaksi menyebut satu variabel dua kali</translation>
    </message>
    <message>
        <source>&apos;{name}(&apos; is not closed</source>
        <translation>&apos;{name}(&apos; tidak ditutup</translation>
    </message>
    <message>
        <source>unknown modifier &apos;{name}(...)&apos;</source>
        <translation>pengubah &apos;{name}(...)&apos; tidak dikenal</translation>
    </message>
    <message>
        <source>a term is fixed to two different values</source>
        <translation>sebuah suku ditetapkan ke dua nilai yang berbeda</translation>
    </message>
    <message>
        <source>a label cannot be empty</source>
        <translation>label tidak boleh kosong</translation>
    </message>
    <message>
        <source>a term has two different labels</source>
        <translation>sebuah suku memiliki dua label yang berbeda</translation>
    </message>
    <message>
        <source>expected &apos;+&apos; or an operator, not {text!r}</source>
        <translation>diharapkan &apos;+&apos; atau operator, bukan {text!r}</translation>
    </message>
    <message>
        <source>expected a variable name, not {text!r}</source>
        <translation>diharapkan nama variabel, bukan {text!r}</translation>
    </message>
    <message>
        <source>expected &apos;+&apos;, &apos;*&apos; or &apos;:&apos; here, not {text!r}</source>
        <translation>diharapkan &apos;+&apos;, &apos;*&apos;, atau &apos;:&apos; di sini, bukan {text!r}</translation>
    </message>
    <message>
        <source>c(...) gives a value per group; import one group&apos;s model</source>
        <translation>c(...) memberi satu nilai per kelompok; impor model satu kelompok saja</translation>
    </message>
    <message>
        <source>expected a variable name</source>
        <translation>diharapkan nama variabel</translation>
    </message>
    <message>
        <source>a term is missing before &apos;+&apos;</source>
        <translation>suku hilang sebelum &apos;+&apos;</translation>
    </message>
    <message>
        <source>something is missing before {separator!r}</source>
        <translation>ada yang hilang sebelum {separator!r}</translation>
    </message>
    <message>
        <source>expected a number, a label or NA before &apos;*&apos;</source>
        <translation>diharapkan angka, label, atau NA sebelum &apos;*&apos;</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>is larger than 20 MB; not a study&apos;s model</source>
        <translation>lebih besar dari 20 MB; bukan model penelitian</translation>
    </message>
    <message>
        <source>{file}:{line}:{column}: {message}</source>
        <translation>{file}:{line}:{column}: {message}</translation>
    </message>
    <message>
        <source>cannot be a model: {problem}</source>
        <translation>tidak dapat menjadi model: {problem}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>{file}:{line}: {message}</source>
        <translation>{file}:{line}: {message}</translation>
    </message>
    <message>
        <source>holds a NUL byte: this is a binary file, not a {what}</source>
        <translation>berisi byte NUL: ini berkas biner, bukan {what}</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>is not valid CSV: {error}</source>
        <translation>bukan CSV yang valid: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte:02x}); save the {what} as UTF-8</source>
        <translation>bukan teks UTF-8 (byte 0x{byte:02x}); simpan {what} sebagai UTF-8</translation>
    </message>
    <message>
        <source>the model has no scenario {name!r} (scenarios: {listed})</source>
        <translation>model tidak memiliki skenario {name!r} (skenario: {listed})</translation>
    </message>
    <message>
        <source>the model has no constructs: there is nothing to report</source>
        <translation>model tidak memiliki konstruk: tidak ada yang dapat dilaporkan</translation>
    </message>
    <message>
        <source>the model has no scenario {name!r} (scenarios: none)</source>
        <translation>model tidak memiliki skenario {name!r} (skenario: tidak ada)</translation>
    </message>
    <message>
        <source>Estimated from {data}: {respondents} respondents ({dropped} left out for a missing answer), standardised OLS on item means; {bootstrap} bootstrap resamples, seed {seed}.</source>
        <translation>Diestimasi dari {data}: {respondents} responden ({dropped} tidak disertakan karena ada jawaban yang hilang), OLS terstandar pada rata-rata butir; {bootstrap} sampel ulang bootstrap, benih {seed}.</translation>
    </message>
    <message>
        <source>{syntax} has no regressions (&apos;y ~ x&apos;) to estimate</source>
        <translation>{syntax} tidak memiliki regresi (&apos;y ~ x&apos;) untuk diestimasi</translation>
    </message>
    <message>
        <source>Defined effects (:=), from the estimated weights:</source>
        <translation>Efek terdefinisi (:=), dari bobot hasil estimasi:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Model written to {out}.</source>
        <translation>Model ditulis ke {out}.</translation>
    </message>
    <message>
        <source>construct {name!r} has no items in the data: {syntax} gives it no &apos;=~&apos; line and the data have no column {name!r}</source>
        <translation>konstruk {name!r} tidak memiliki butir dalam data: {syntax} tidak memberinya baris &apos;=~&apos; dan data tidak memiliki kolom {name!r}</translation>
    </message>
    <message>
        <source>the coefficient {item!r} has no value in {file}</source>
        <translation>koefisien {item!r} tidak memiliki nilai dalam {file}</translation>
    </message>
    <message>
        <source>study model</source>
        <translation>model penelitian</translation>
    </message>
    <message>
        <source>is a {kind} table, not SmartPLS&apos;s</source>
        <translation>adalah tabel {kind}, bukan tabel SmartPLS</translation>
    </message>
    <message>
        <source>the label {label!r} has no value in {file}</source>
        <translation>label {label!r} tidak memiliki nilai dalam {file}</translation>
    </message>
    <message>
        <source>unknown format {form!r} ({formats})</source>
        <translation>format {form!r} tidak dikenal ({formats})</translation>
    </message>
    <message>
        <source>{item}: {reason}</source>
        <translation>{item}: {reason}</translation>
    </message>
    <message>
        <source>{item}: a construct was left out</source>
        <translation>{item}: sebuah konstruk tidak disertakan</translation>
    </message>
    <message>
        <source>path {source} → {target}</source>
        <translation>jalur {source} → {target}</translation>
    </message>
    <message>
        <source>junction {members} → {target}</source>
        <translation>simpul {members} → {target}</translation>
    </message>
    <message>
        <source>{added} added, {updated} weights updated, {left_out} left out ({first})</source>
        <translation>{added} ditambahkan, {updated} bobot diperbarui, {left_out} tidak disertakan ({first})</translation>
    </message>
    <message>
        <source>{added} added, {updated} weights updated</source>
        <translation>{added} ditambahkan, {updated} bobot diperbarui</translation>
    </message>
    <message>
        <source>construct {label!r}</source>
        <translation>konstruk {label!r}</translation>
    </message>
    <message>
        <source>the file is empty (no header, no respondents)</source>
        <translation>berkas kosong (tanpa baris judul, tanpa responden)</translation>
    </message>
    <message>
        <source>{names}, ... ({count} in all)</source>
        <translation>{names}, ... (total {count})</translation>
    </message>
    <message>
        <source>there is no column {name!r}; columns: {columns}</source>
        <translation>tidak ada kolom {name!r}; kolom: {columns}</translation>
    </message>
    <message>
        <source>has a header but no respondents</source>
        <translation>memiliki baris judul tetapi tidak ada responden</translation>
    </message>
    <message>
        <source>has 1 cell; the header has {columns} columns</source>
        <translation>memiliki 1 sel; baris judul memiliki {columns} kolom</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {columns} columns</source>
        <translation>memiliki {cells} sel; baris judul memiliki {columns} kolom</translation>
    </message>
    <message>
        <source>there is no column {name!r} (did you mean {near!r}?); columns: {columns}</source>
        <translation>tidak ada kolom {name!r} (maksud Anda {near!r}?); kolom: {columns}</translation>
    </message>
    <message>
        <source>column {column!r} holds {cell}, not a number</source>
        <translation>kolom {column!r} berisi {cell}, bukan angka</translation>
    </message>
    <message>
        <source>is not readable as CSV ({error})</source>
        <translation>tidak dapat dibaca sebagai CSV ({error})</translation>
    </message>
    <message>
        <source>is a binary file, not a CSV of survey responses</source>
        <translation>adalah berkas biner, bukan CSV jawaban survei</translation>
    </message>
    <message>
        <source>the header names column {name!r} twice</source>
        <translation>baris judul menyebut kolom {name!r} dua kali</translation>
    </message>
    <message>
        <source>construct {name!r}: {reason}</source>
        <translation>konstruk {name!r}: {reason}</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; survey files up to 200 MB are read</source>
        <translation>berukuran {size:.0f} MB; berkas survei yang dapat dibaca paling besar 200 MB</translation>
    </message>
    <message>
        <source>is a folder, not a CSV file</source>
        <translation>adalah folder, bukan berkas CSV</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>construct {name!r} has none of its items in the data (items: {items}; columns: {columns})</source>
        <translation>tidak satu pun butir konstruk {name!r} ada dalam data (butir: {items}; kolom: {columns})</translation>
    </message>
</context>
<context>
    <name>PathItem</name>
    <message>
        <source>trust transfer</source>
        <extracomment>Below this on screen a weight&apos;s digits cannot be read: the pill is left out altogether (an empty pill reads as a missing number).</extracomment>
        <translation>transfer kepercayaan</translation>
    </message>
    <message>
        <source>causal path</source>
        <translation>jalur kausal</translation>
    </message>
    <message>
        <source> (sd {sd})</source>
        <translation> (SD {sd})</translation>
    </message>
    <message>
        <source>{kind}, weight {weight}</source>
        <translation>{kind}, bobot {weight}</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>PNG image</source>
        <translation>Gambar PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Gambar SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <source>Construct to predict</source>
        <extracomment>The phases of a prediction, in order.</extracomment>
        <translation>Konstruk yang diprediksi</translation>
    </message>
    <message>
        <source>Week of the typed prediction</source>
        <translation>Minggu prediksi yang diketik</translation>
    </message>
    <message>
        <source>Predicted level</source>
        <translation>Tingkat prediksi</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Atur</translation>
    </message>
    <message>
        <source>Put this level at this week into the prediction</source>
        <translation>Masukkan tingkat ini pada minggu ini ke dalam prediksi</translation>
    </message>
    <message>
        <source>The construct whose curve you predict</source>
        <translation>Konstruk yang kurvanya Anda prediksi</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Ungkap</translation>
    </message>
    <message>
        <source>Play the model&apos;s run over your prediction</source>
        <translation>Putar jalannya model di atas prediksi Anda</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the prediction and hide the future again</source>
        <translation>Hapus prediksi dan sembunyikan masa depan lagi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Leave Predict mode</source>
        <translation>Keluar dari mode Prediksi</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>level</source>
        <translation>tingkat</translation>
    </message>
    <message>
        <source>Prediction gap</source>
        <translation>Selisih prediksi</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>there is no construct {id} to predict</source>
        <extracomment>Called after every change of phase or prediction (the panel shows its values then).</extracomment>
        <translation>tidak ada konstruk {id} untuk diprediksi</translation>
    </message>
    <message>
        <source>How will {label} move?
Drag here to sketch it, then Reveal.</source>
        <translation>Bagaimana {label} akan bergerak?
Seret di sini untuk membuat sketsanya, lalu Ungkap.</translation>
    </message>
    <message>
        <source>The prediction lies outside the run, so there is no gap to show.</source>
        <translation>Prediksi berada di luar rentang simulasi, jadi tidak ada selisih untuk ditampilkan.</translation>
    </message>
    <message>
        <source>No prediction was made: this is the model&apos;s curve.</source>
        <translation>Tidak ada prediksi yang dibuat: ini adalah kurva model.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation</source>
        <extracomment>On-screen height of node labels wanted in presentation, in pixels, at a screen height of 768 and of 1080 (issue 11: at least 16 px at 1024×768 and 24 px at 1920×1080). Text scale tried first while presenting, and the most it is enlarged to for legible labels (beyond it the grown boxes crowd each other, and the plots&apos; text outgrows their panel). Shares of the screen: the sliders&apos; width beside the plots and the plots&apos; height when they sit under the diagram, and the column&apos;s width when they sit beside it. The window&apos;s actions that still work while presenting; the others (editing, files, the undo history the presentation&apos;s levels are in) wait until it ends. Keys that move the story on, and back (presenter clickers send Page Down / Page Up). The docks shown while presenting (the plots, and the sliders when a step names some).</extracomment>
        <translation>Presentasi</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Kembali</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Keluar (Esc)</translation>
    </message>
    <message>
        <source>Step {n} of {count}</source>
        <translation>Langkah {n} dari {count}</translation>
    </message>
    <message>
        <source>No story in this model</source>
        <translation>Model ini tidak memiliki alur cerita</translation>
    </message>
</context>
<context>
    <name>ScenarioChooser</name>
    <message>
        <source>As drawn (sliders)</source>
        <translation>Sesuai diagram (penggeser)</translation>
    </message>
    <message>
        <source>The scenario to simulate: stimulus schedules over time</source>
        <translation>Skenario yang disimulasikan: jadwal stimulus dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Sc&amp;enario</source>
        <translation>Sk&amp;enario</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>As drawn: every stimulus follows its slider, and the model&apos;s own weights apply. Select a scenario above to edit it, or make one with “New from sliders”.</source>
        <translation>Sesuai diagram: setiap stimulus mengikuti penggesernya, dan bobot model sendiri berlaku. Pilih skenario di atas untuk menyuntingnya, atau buat dengan “Baru dari penggeser”.</translation>
    </message>
    <message>
        <source>e.g. Gen Z</source>
        <translation>mis. Gen Z</translation>
    </message>
    <message>
        <source>e.g. Gen Z — a scenario of weight overrides models an audience segment</source>
        <translation>mis. Gen Z — skenario penggantian bobot memodelkan satu segmen audiens</translation>
    </message>
    <message>
        <source>Weight overrides model how one audience segment responds (Gen Z may trust peers more than brands); name that segment here.</source>
        <translation>Penggantian bobot memodelkan respons satu segmen audiens (Gen Z mungkin lebih percaya teman sebaya daripada merek); beri nama segmen itu di sini.</translation>
    </message>
    <message>
        <source>Hold a construct at a level throughout (“suppose trust were 0.8”). Stimuli are set by their schedules, not held.</source>
        <translation>Tahan sebuah konstruk pada satu tingkat sepanjang waktu (“misalkan kepercayaan 0,8”). Stimulus diatur oleh jadwalnya, bukan ditahan.</translation>
    </message>
    <message>
        <source>Give a path or junction another weight in this scenario only.</source>
        <translation>Beri jalur atau simpul bobot lain hanya dalam skenario ini.</translation>
    </message>
    <message>
        <source>What this scenario supposes, for the class</source>
        <translation>Apa yang diandaikan skenario ini, untuk kelas</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>This model has no stimuli.</source>
        <translation>Model ini tidak memiliki stimulus.</translation>
    </message>
    <message>
        <source>Every construct of this model is a stimulus.</source>
        <translation>Setiap konstruk model ini adalah stimulus.</translation>
    </message>
    <message>
        <source>No paths yet.</source>
        <translation>Belum ada jalur.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Stimulus schedules</source>
        <translation>Jadwal stimulus</translation>
    </message>
    <message>
        <source>Clamps</source>
        <translation>Penahanan</translation>
    </message>
    <message>
        <source>Weight overrides</source>
        <translation>Penggantian bobot</translation>
    </message>
    <message>
        <source>Stimulus schedules · {set} of {all} set</source>
        <translation>Jadwal stimulus · {set} dari {all} diatur</translation>
    </message>
    <message>
        <source>Clamps · {held} held</source>
        <translation>Penahanan · {held} ditahan</translation>
    </message>
    <message>
        <source>Weight overrides · {set} set</source>
        <translation>Penggantian bobot · {set} diatur</translation>
    </message>
</context>
<context>
    <name>ScenarioList</name>
    <message>
        <source>As drawn (sliders)</source>
        <translation>Sesuai diagram (penggeser)</translation>
    </message>
    <message>
        <source>Tick two to six scenarios to compare them side by side</source>
        <translation>Centang dua sampai enam skenario untuk membandingkannya berdampingan</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>The stimuli follow the sliders</source>
        <translation>Stimulus mengikuti penggeser</translation>
    </message>
</context>
<context>
    <name>ScenarioRows</name>
    <message>
        <source>hold at</source>
        <translation>tahan pada</translation>
    </message>
    <message>
        <source>Hold this construct at the level beside it for the whole run</source>
        <translation>Tahan konstruk ini pada tingkat di sampingnya selama seluruh simulasi</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>atur ke</translation>
    </message>
    <message>
        <source>Use the weight beside it in this scenario instead of the model&apos;s own</source>
        <translation>Gunakan bobot di sampingnya dalam skenario ini, bukan bobot model sendiri</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>New from sliders</source>
        <extracomment>Button texts and tooltips, by the name of the panel method they call.</extracomment>
        <translation>Baru dari penggeser</translation>
    </message>
    <message>
        <source>A new scenario holding every stimulus at its slider&apos;s present level</source>
        <translation>Skenario baru yang menahan setiap stimulus pada tingkat penggesernya saat ini</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>A copy of the selected scenario, to vary</source>
        <translation>Salinan skenario yang dipilih, untuk divariasikan</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Rename the selected scenario (or double-click its name)</source>
        <translation>Ganti nama skenario yang dipilih (atau klik ganda namanya)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected scenario (Undo brings it back)</source>
        <translation>Hapus skenario yang dipilih (Urungkan mengembalikannya)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move the selected scenario up the list</source>
        <translation>Pindahkan skenario yang dipilih ke atas daftar</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move the selected scenario down the list</source>
        <translation>Pindahkan skenario yang dipilih ke bawah daftar</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>At most {n} scenarios can be compared at once: untick one before ticking “{label}”.</source>
        <translation>Paling banyak {n} skenario dapat dibandingkan sekaligus: hapus centang salah satu sebelum mencentang “{label}”.</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>Segmen: {name}</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>As slider (no schedule)</source>
        <translation>Sesuai penggeser (tanpa jadwal)</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Tangga</translation>
    </message>
    <message>
        <source>Pulse (campaign)</source>
        <translation>Pulsa (kampanye)</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Landai</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Deret</translation>
    </message>
    <message>
        <source>base</source>
        <extracomment>The fields&apos; names as their spin boxes show them.</extracomment>
        <translation>dasar</translation>
    </message>
    <message>
        <source>level</source>
        <translation>tingkat</translation>
    </message>
    <message>
        <source>The level before the change (and after a pulse)</source>
        <extracomment>The numbers each kind of schedule uses, in the order they are shown.</extracomment>
        <translation>Tingkat sebelum perubahan (dan setelah pulsa)</translation>
    </message>
    <message>
        <source>The level the schedule sets (0–1): the campaign&apos;s level for a pulse</source>
        <translation>Tingkat yang ditetapkan jadwal (0–1): tingkat kampanye untuk pulsa</translation>
    </message>
    <message>
        <source>When the change begins, in the model&apos;s time unit</source>
        <translation>Kapan perubahan dimulai, dalam satuan waktu model</translation>
    </message>
    <message>
        <source>How long a pulse lasts, or how long a ramp takes</source>
        <translation>Berapa lama pulsa berlangsung, atau berapa lama kenaikan landai</translation>
    </message>
    <message>
        <source>The clipboard holds no levels: copy a column of numbers from 0 to 1.</source>
        <translation>Papan klip tidak berisi tingkat: salin satu kolom angka dari 0 sampai 1.</translation>
    </message>
    <message>
        <source>Row {row} is empty: every step of a series needs a level.</source>
        <translation>Baris {row} kosong: setiap langkah deret memerlukan tingkat.</translation>
    </message>
    <message>
        <source>Row {row}: “{cell}” is not a number.</source>
        <translation>Baris {row}: “{cell}” bukan angka.</translation>
    </message>
    <message>
        <source>Row {row}: {cell} is not a level between 0 and 1.</source>
        <translation>Baris {row}: {cell} bukan tingkat antara 0 dan 1.</translation>
    </message>
    <message>
        <source>How this stimulus moves over time in the scenario</source>
        <translation>Bagaimana stimulus ini bergerak dari waktu ke waktu dalam skenario</translation>
    </message>
    <message>
        <source>Paste series</source>
        <translation>Tempel deret</translation>
    </message>
    <message>
        <source>Take the levels from the clipboard: copy a column of numbers (0–1) in a spreadsheet, one per step; a decimal comma is fine</source>
        <translation>Ambil tingkat dari papan klip: salin satu kolom angka (0–1) dari lembar kerja, satu per langkah; koma desimal juga boleh</translation>
    </message>
    <message>
        <source>Schedule of {name}</source>
        <translation>Jadwal {name}</translation>
    </message>
    <message>
        <source>Paste series for {name}</source>
        <translation>Tempel deret untuk {name}</translation>
    </message>
    <message>
        <source>from {unit} </source>
        <translation>dari {unit} </translation>
    </message>
    <message>
        <source>for </source>
        <translation>selama </translation>
    </message>
    <message>
        <source>Follows its slider: {words}</source>
        <translation>Mengikuti penggesernya: {words}</translation>
    </message>
    <message>
        <source>Nothing was pasted into “{title}”.</source>
        <translation>Tidak ada yang ditempel ke “{title}”.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>select two or more members, then the target (an organism or a response) last</source>
        <translation>pilih dua anggota atau lebih, lalu targetnya (organisme atau respons) paling akhir</translation>
    </message>
    <message>
        <source>To add a synergy junction, {how}.</source>
        <translation>Untuk menambah simpul sinergi, {how}.</translation>
    </message>
    <message>
        <source>A synergy junction needs a target that is not a stimulus: {how}.</source>
        <translation>Simpul sinergi memerlukan target yang bukan stimulus: {how}.</translation>
    </message>
    <message>
        <source>A synergy junction acting on {label} has no member: {how}.</source>
        <translation>Simpul sinergi yang bekerja pada {label} tidak memiliki anggota: {how}.</translation>
    </message>
    <message>
        <source>A synergy junction acting on {label} has only one member: {how}.</source>
        <translation>Simpul sinergi yang bekerja pada {label} hanya memiliki satu anggota: {how}.</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <source>Choose an outcome and a method, then Run.</source>
        <extracomment>Errors a model or a request can provoke in the engine; they are said in the panel.</extracomment>
        <translation>Pilih hasil dan metode, lalu Jalankan.</translation>
    </message>
    <message>
        <source>parameter at its low end</source>
        <translation>parameter di ujung bawahnya</translation>
    </message>
    <message>
        <source>at its high end</source>
        <translation>di ujung atasnya</translation>
    </message>
    <message>
        <source>first order S1</source>
        <translation>orde pertama S1</translation>
    </message>
    <message>
        <source>total ST  (│ 95 % CI)</source>
        <translation>total ST  (│ 95 % CI)</translation>
    </message>
    <message>
        <source>+ {n} more in the table</source>
        <translation>+ {n} lagi di tabel</translation>
    </message>
    <message>
        <source>base {value}</source>
        <translation>dasar {value}</translation>
    </message>
</context>
<context>
    <name>SensitivityController</name>
    <message>
        <source>Cancelled. Run again when ready.</source>
        <translation>Dibatalkan. Jalankan lagi bila siap.</translation>
    </message>
    <message>
        <source>there is no sensitivity result to export yet: Run first</source>
        <translation>belum ada hasil sensitivitas untuk diekspor: Jalankan terlebih dahulu</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Tidak dapat menulis {path}: {why}</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Ditulis ke {path}.</translation>
    </message>
    <message>
        <source>the model was edited since: Run again to update</source>
        <translation>model telah disunting sejak itu: Jalankan lagi untuk memperbarui</translation>
    </message>
    <message>
        <source>where it settles</source>
        <translation>saat stabil</translation>
    </message>
    <message>
        <source>at week {week}</source>
        <translation>pada minggu {week}</translation>
    </message>
    <message>
        <source>{method}: what moves {outcome} {when}</source>
        <translation>{method}: apa yang menggerakkan {outcome} {when}</translation>
    </message>
    <message>
        <source>base {base}; {runs} runs</source>
        <translation>dasar {base}; {runs} simulasi</translation>
    </message>
    <message>
        <source>, N = {n}, seed {seed}</source>
        <translation>, N = {n}, benih {seed}</translation>
    </message>
    <message>
        <source>Running {method} on {outcome}…</source>
        <translation>Menjalankan {method} untuk {outcome}…</translation>
    </message>
    <message>
        <source>The sensitivity run failed ({kind}: {error}).</source>
        <translation>Analisis sensitivitas gagal ({kind}: {error}).</translation>
    </message>
    <message>
        <source>Export sensitivity table</source>
        <translation>Ekspor tabel sensitivitas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <source>Tornado</source>
        <translation>Tornado</translation>
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
        <translation>Setiap bobot bervariasi ± 1 simpangan baku (miliknya sendiri, jika tidak bawaan model, jika tidak ± 0,1) dalam −1…1, setiap stimulus ± 0,1 dalam 0…1; Sobol dan Morris menariknya secara independen dan seragam.</translation>
    </message>
    <message>
        <source>One at a time: the outcome with each input at either end of its range.</source>
        <translation>Satu per satu: hasil dengan setiap masukan di kedua ujung rentangnya.</translation>
    </message>
    <message>
        <source>S1: the share of the outcome&apos;s variance an input explains alone; ST: with its interactions. N·(D+2) runs, N a power of two.</source>
        <translation>S1: bagian varians hasil yang dijelaskan satu masukan sendiri; ST: beserta interaksinya. N·(D+2) simulasi, N pangkat dua.</translation>
    </message>
    <message>
        <source>mu*: the mean absolute change of the outcome across an input&apos;s range; sigma: how much that change depends on the other inputs. N·(D+1) runs.</source>
        <translation>mu*: rata-rata perubahan mutlak hasil di sepanjang rentang suatu masukan; sigma: seberapa besar perubahan itu bergantung pada masukan lain. N·(D+1) simulasi.</translation>
    </message>
    <message>
        <source>The construct whose level is measured</source>
        <translation>Konstruk yang tingkatnya diukur</translation>
    </message>
    <message>
        <source>where it settles</source>
        <translation>saat stabil</translation>
    </message>
    <message>
        <source>at week</source>
        <translation>pada minggu</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Samples N</source>
        <translation>Sampel N</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Benih acak</translation>
    </message>
    <message>
        <source>Trajectories</source>
        <translation>Lintasan</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>SimulationController</name>
    <message>
        <source>The run was cancelled: the plots show the last run that finished.</source>
        <extracomment>The steady state (a few ms) waits until slider events pause for this long. Errors a model can provoke in the engine; they become the ``problem`` signal. View fields that change what is computed from the runs, but not the runs. one per compared scenario, compiled once and updated in place like the active one</extracomment>
        <translation>Simulasi dibatalkan: grafik menampilkan simulasi terakhir yang selesai.</translation>
    </message>
    <message>
        <source>The model cannot be simulated: {why}</source>
        <translation>Model tidak dapat disimulasikan: {why}</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <source>Level (0 to 1)</source>
        <extracomment>QSettings key of the &quot;Fit y to data&quot; choice. Off by default: on 0 to 1 the same height means the same level in every scenario, preset and exported slide.</extracomment>
        <translation>Tingkat (0 sampai 1)</translation>
    </message>
    <message>
        <source>Level (zoomed to the data)</source>
        <translation>Tingkat (diperbesar ke data)</translation>
    </message>
    <message>
        <source>Level</source>
        <extracomment>In large text the level axis is short: its label says only what is essential.</extracomment>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Fit y to data</source>
        <extracomment>While presenting, the plot&apos;s text grows with the diagram&apos;s only as far as its height allows: one step of text size per this many pixels (a short plot keeps room for lines). A panel narrower than this shows only the final levels beside the plot (&quot;Settles at&quot; comes back when widened), so a laptop&apos;s plot is not squeezed to a strip.</extracomment>
        <translation>Sesuaikan y ke data</translation>
    </message>
    <message>
        <source>Zoom the level axis to the plotted lines, so small effects show; untick to see the full range from 0 to 1</source>
        <translation>Perbesar sumbu tingkat ke garis yang digambar agar efek kecil terlihat; hapus centang untuk melihat rentang penuh 0 sampai 1</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Pita</translation>
    </message>
    <message>
        <source>Show how sure the levels are, given the uncertainty (sd) of the weights: 10–90 % and 25–75 % bands and the median of many runs</source>
        <translation>Tampilkan seberapa pasti tingkat-tingkat ini, mengingat ketidakpastian (simpangan baku) bobot: pita 10–90 % dan 25–75 % serta median dari banyak simulasi</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Prediksi</translation>
    </message>
    <message>
        <source>Hide the plot&apos;s future, sketch how a construct will move, then reveal the model</source>
        <translation>Sembunyikan masa depan grafik, sketsakan bagaimana sebuah konstruk akan bergerak, lalu ungkap hasil model</translation>
    </message>
    <message>
        <source>There is nothing to predict: the model has no constructs.</source>
        <translation>Tidak ada yang dapat diprediksi: model tidak memiliki konstruk.</translation>
    </message>
    <message>
        <source>Time ({unit})</source>
        <translation>Waktu ({unit})</translation>
    </message>
    <message>
        <source>Bands: uncertainty about the weights ({runs} runs), not noise over time.</source>
        <translation>Pita: ketidakpastian tentang bobot ({runs} simulasi), bukan derau dari waktu ke waktu.</translation>
    </message>
    <message>
        <source>No weight has an sd and no default sd is set, so they have no width.</source>
        <translation>Tidak ada bobot yang memiliki simpangan baku dan tidak ada SD bawaan, jadi pita tidak memiliki lebar.</translation>
    </message>
    <message>
        <source>Shown for the active scenario only.</source>
        <translation>Hanya ditampilkan untuk skenario aktif.</translation>
    </message>
</context>
<context>
    <name>SliderList</name>
    <message>
        <source>This model has no stimuli yet. Give a construct the role “stimulus” to get a slider for it.</source>
        <translation>Model ini belum memiliki stimulus. Beri sebuah konstruk peran “stimulus” untuk mendapatkan penggesernya.</translation>
    </message>
    <message>
        <source>No paths yet. Connect two constructs on the diagram to get a weight slider.</source>
        <extracomment>From this many weights on, the panel offers a filter box.</extracomment>
        <translation>Belum ada jalur. Hubungkan dua konstruk pada diagram untuk mendapatkan penggeser bobot.</translation>
    </message>
</context>
<context>
    <name>StimulusPanel</name>
    <message>
        <source>held at {level}</source>
        <translation>ditahan pada {level}</translation>
    </message>
    <message>
        <source>{base}, then {level} from {unit} {start}</source>
        <translation>{base}, lalu {level} mulai {unit} {start}</translation>
    </message>
    <message>
        <source>{base}, {level} in {units} {start}–{end}, then {base} again</source>
        <translation>{base}, {level} pada {units} {start}–{end}, lalu kembali {base}</translation>
    </message>
    <message>
        <source>{base}, rising to {level} from {unit} {start} to {end}</source>
        <translation>{base}, naik ke {level} dari {unit} {start} sampai {end}</translation>
    </message>
    <message>
        <source>{base}, falling to {level} from {unit} {start} to {end}</source>
        <translation>{base}, turun ke {level} dari {unit} {start} sampai {end}</translation>
    </message>
    <message>
        <source>a series of {count} values from {first} to {last}</source>
        <translation>deret {count} nilai dari {first} sampai {last}</translation>
    </message>
    <message>
        <source>Set by “{name}”: {schedule}</source>
        <translation>Diatur oleh “{name}”: {schedule}</translation>
    </message>
    <message>
        <source>{key} is not a stimulus of this model</source>
        <translation>{key} bukan stimulus dalam model ini</translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message>
        <source>Rename story to “{title}”</source>
        <translation>Ganti nama alur cerita menjadi “{title}”</translation>
    </message>
    <message>
        <source>Add story step “{title}”</source>
        <translation>Tambah langkah alur cerita “{title}”</translation>
    </message>
    <message>
        <source>Rename story step {name} to “{title}”</source>
        <translation>Ganti nama langkah alur cerita {name} menjadi “{title}”</translation>
    </message>
    <message>
        <source>Change story step {name}</source>
        <translation>Ubah langkah alur cerita {name}</translation>
    </message>
    <message>
        <source>Move story step {name}</source>
        <translation>Pindahkan langkah alur cerita {name}</translation>
    </message>
    <message>
        <source>Delete story step {name}</source>
        <translation>Hapus langkah alur cerita {name}</translation>
    </message>
    <message>
        <source>Show story step “{title}”</source>
        <translation>Tampilkan langkah alur cerita “{title}”</translation>
    </message>
    <message>
        <source>Update story step “{title}” from the view</source>
        <translation>Perbarui langkah alur cerita “{title}” dari tampilan</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Add current view as step</source>
        <extracomment>Button texts and tooltips, by the name of the panel method they call.</extracomment>
        <translation>Tambahkan tampilan ini sebagai langkah</translation>
    </message>
    <message>
        <source>A new step showing what the window shows now: the constructs revealed, the highlighted paths, the slider levels, the scenario, the plot and the time cursor</source>
        <translation>Langkah baru yang menampilkan isi jendela saat ini: konstruk yang ditampilkan, jalur yang disorot, tingkat penggeser, skenario, grafik, dan kursor waktu</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show the selected step in the window (or double-click it)</source>
        <translation>Tampilkan langkah yang dipilih di jendela (atau klik ganda)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentasi</translation>
    </message>
    <message>
        <source>Present the story full screen from the selected step</source>
        <translation>Presentasikan alur cerita layar penuh mulai dari langkah yang dipilih</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Edit the selected step&apos;s title, caption, reveal and timing</source>
        <translation>Sunting judul, keterangan, cara tampil, dan waktu langkah yang dipilih</translation>
    </message>
    <message>
        <source>Update from view</source>
        <translation>Perbarui dari tampilan</translation>
    </message>
    <message>
        <source>Make the selected step show what the window shows now (its words stay)</source>
        <translation>Jadikan langkah yang dipilih menampilkan isi jendela saat ini (teksnya tetap)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move the selected step earlier in the story</source>
        <translation>Pindahkan langkah yang dipilih lebih awal dalam alur cerita</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move the selected step later in the story</source>
        <translation>Pindahkan langkah yang dipilih lebih akhir dalam alur cerita</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected step (Undo brings it back)</source>
        <translation>Hapus langkah yang dipilih (Urungkan mengembalikannya)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <source>End a step&apos;s reveal: every construct shown again, no path highlighted</source>
        <translation>Akhiri tampilan langkah: semua konstruk ditampilkan lagi, tanpa jalur yang disorot</translation>
    </message>
    <message>
        <source>No steps yet: set up the window, then “Add current view as step”.</source>
        <translation>Belum ada langkah: atur jendela, lalu “Tambahkan tampilan ini sebagai langkah”.</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Judul alur cerita</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Langkah alur cerita</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Langkah terpilih</translation>
    </message>
    <message>
        <source>Step {n}</source>
        <translation>Langkah {n}</translation>
    </message>
    <message>
        <source>Shows {shown} of {total} constructs, the others faded.</source>
        <translation>Menampilkan {shown} dari {total} konstruk, sisanya dipudarkan.</translation>
    </message>
    <message>
        <source>Shows {shown} of {total} constructs, the others hidden.</source>
        <translation>Menampilkan {shown} dari {total} konstruk, sisanya disembunyikan.</translation>
    </message>
    <message>
        <source>Highlights {n} path(s).</source>
        <translation>Menyorot {n} jalur.</translation>
    </message>
    <message>
        <source>Scenario “{name}”.</source>
        <translation>Skenario “{name}”.</translation>
    </message>
    <message>
        <source>Sets {n} slider(s).</source>
        <translation>Mengatur {n} penggeser.</translation>
    </message>
    <message>
        <source>Plays the run from the start.</source>
        <translation>Memutar simulasi dari awal.</translation>
    </message>
    <message>
        <source>Cursor at {unit} {time}.</source>
        <translation>Kursor pada {unit} {time}.</translation>
    </message>
</context>
<context>
    <name>StoryStepDialog</name>
    <message>
        <source>Fade the others</source>
        <extracomment>The reveal modes as the dialog offers them.</extracomment>
        <translation>Pudarkan yang lain</translation>
    </message>
    <message>
        <source>Hide the others</source>
        <translation>Sembunyikan yang lain</translation>
    </message>
    <message>
        <source>End of run</source>
        <translation>Akhir simulasi</translation>
    </message>
    <message>
        <source>Story step “{title}”</source>
        <translation>Langkah alur cerita “{title}”</translation>
    </message>
    <message>
        <source>A few sentences to read aloud</source>
        <translation>Beberapa kalimat untuk dibacakan</translation>
    </message>
    <message>
        <source>Play the run from the start</source>
        <translation>Putar simulasi dari awal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Tidak ditampilkan</translation>
    </message>
    <message>
        <source>Time cursor ({unit})</source>
        <translation>Kursor waktu ({unit})</translation>
    </message>
</context>
<context>
    <name>StudyFiles</name>
    <message>
        <source>Study models (*.lav *.lavaan *.csv *.graphml *.xml);;lavaan or semopy syntax (*.lav *.lavaan);;Coefficient table, SmartPLS or FCM matrix (*.csv);;GraphML (*.graphml *.xml);;All files (*)</source>
        <extracomment>Suffixes a dropped file is imported by (not opened as a model file).</extracomment>
        <translation>Model penelitian (*.lav *.lavaan *.csv *.graphml *.xml);;Sintaks lavaan atau semopy (*.lav *.lavaan);;Tabel koefisien, matriks SmartPLS atau FCM (*.csv);;GraphML (*.graphml *.xml);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export lavaan syntax (fixed weights)</source>
        <translation>Ekspor sintaks lavaan (bobot tetap)</translation>
    </message>
    <message>
        <source>lavaan syntax (*.lav *.lavaan)</source>
        <translation>Sintaks lavaan (*.lav *.lavaan)</translation>
    </message>
    <message>
        <source>Export lavaan syntax (free, labelled)</source>
        <translation>Ekspor sintaks lavaan (bebas, berlabel)</translation>
    </message>
    <message>
        <source>Export hypotheses table</source>
        <translation>Ekspor tabel hipotesis</translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV table (*.csv);;LaTeX table (*.tex)</source>
        <translation>Tabel Markdown (*.md);;Tabel CSV (*.csv);;Tabel LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translation>Ekspor GraphML</translation>
    </message>
    <message>
        <source>GraphML for yEd and Gephi (*.graphml)</source>
        <translation>GraphML untuk yEd dan Gephi (*.graphml)</translation>
    </message>
    <message>
        <source>Export FCM matrix</source>
        <translation>Ekspor matriks FCM</translation>
    </message>
    <message>
        <source>FCM matrix, source rows (*.csv)</source>
        <translation>Matriks FCM, baris sumber (*.csv)</translation>
    </message>
    <message>
        <source>Import study model</source>
        <extracomment>The preview&apos;s class; a test may put a stand-in here.</extracomment>
        <translation>Impor model penelitian</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Gabungkan {name}</translation>
    </message>
    <message>
        <source>Merged {name}: {summary}.</source>
        <translation>{name} digabungkan: {summary}.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Impor {name}</translation>
    </message>
    <message>
        <source>Imported {name}: {c} constructs, {p} paths.</source>
        <translation>{name} diimpor: {c} konstruk, {p} jalur.</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Tidak diimpor: {why}</translation>
    </message>
    <message>
        <source>Edit ▸ Undo gives the earlier model.</source>
        <translation>Sunting ▸ Urungkan mengembalikan model sebelumnya.</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Ekspor laporan PDF</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Laporan PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} disimpan</translation>
    </message>
</context>
<context>
    <name>StudyImportDialog</name>
    <message>
        <source>Add the constructs, paths and junctions the open model lacks (by id); a path or junction it already has takes the study&apos;s weight and sd; its own constructs stay as they are.</source>
        <translation>Tambahkan konstruk, jalur, dan simpul yang belum ada di model yang terbuka (menurut id); jalur atau simpul yang sudah ada mengambil bobot dan simpangan baku dari penelitian; konstruknya sendiri tetap seperti semula.</translation>
    </message>
    <message>
        <source>Construct</source>
        <extracomment>The tables&apos; column titles.</extracomment>
        <translation>Konstruk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Expression (:=)</source>
        <translation>Ekspresi (:=)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Constructs ({n})</source>
        <extracomment>The tabs&apos; titles, with the number of rows.</extracomment>
        <translation>Konstruk ({n})</translation>
    </message>
    <message>
        <source>Paths ({n})</source>
        <translation>Jalur ({n})</translation>
    </message>
    <message>
        <source>Junctions ({n})</source>
        <translation>Simpul ({n})</translation>
    </message>
    <message>
        <source>Defined effects ({n})</source>
        <translation>Efek terdefinisi ({n})</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Impor {name}</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <extracomment>for an FCM matrix, how it runs (None for other studies)</extracomment>
        <translation>Tidak ada peringatan.</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Peringatan ({n})</translation>
    </message>
    <message>
        <source>{c} construct(s), {p} path(s), {j} synergy junction(s)</source>
        <translation>{c} konstruk, {p} jalur, {j} simpul sinergi</translation>
    </message>
    <message>
        <source>{n} warning(s): see the Warnings tab before you go on.</source>
        <translation>{n} peringatan: lihat tab Peringatan sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>Nothing changes until you choose Replace or Merge; either can be undone.</source>
        <translation>Tidak ada yang berubah sampai Anda memilih Ganti atau Gabungkan; keduanya dapat diurungkan.</translation>
    </message>
    <message>
        <source>&amp;Replace the Open Model</source>
        <translation>&amp;Ganti Model yang Terbuka</translation>
    </message>
    <message>
        <source>The study&apos;s model takes the place of the open one</source>
        <translation>Model penelitian menggantikan model yang terbuka</translation>
    </message>
    <message>
        <source>&amp;Merge into It</source>
        <translation>Ga&amp;bungkan ke Dalamnya</translation>
    </message>
</context>
<context>
    <name>SynergyController</name>
    <message>
        <source>{unit} {time}</source>
        <translation>{unit} {time}</translation>
    </message>
    <message>
        <source>Effect of {member}</source>
        <translation>Efek {member}</translation>
    </message>
    <message>
        <source>{target} (goal)</source>
        <translation>{target} (sasaran)</translation>
    </message>
    <message>
        <source>{level} now</source>
        <translation>{level} saat ini</translation>
    </message>
    <message>
        <source>Each {step} more {focal} moves {target} by {low} when {moderator} is {bottom} and by {high} when it is {top}</source>
        <translation>Setiap tambahan {step} pada {focal} menggeser {target} sebesar {low} saat {moderator} bernilai {bottom} dan sebesar {high} saat bernilai {top}</translation>
    </message>
    <message>
        <source>: the effect never changes sign (no Johnson–Neyman point in {bottom}–{top}).</source>
        <translation>: efeknya tidak pernah berganti tanda (tidak ada titik Johnson–Neyman dalam {bottom}–{top}).</translation>
    </message>
    <message>
        <source>: it changes sign where {moderator} is {crossing} (the Johnson–Neyman point).</source>
        <translation>: efeknya berganti tanda saat {moderator} bernilai {crossing} (titik Johnson–Neyman).</translation>
    </message>
    <message>
        <source>Synergy adds {gap} to {outcome} by {when}</source>
        <translation>Sinergi menambahkan {gap} pada {outcome} hingga {when}</translation>
    </message>
    <message>
        <source>Synergy takes {gap} from {outcome} by {when}</source>
        <translation>Sinergi mengurangi {outcome} sebesar {gap} hingga {when}</translation>
    </message>
</context>
<context>
    <name>SynergyPanel</name>
    <message>
        <source>This model has no synergy junction. A junction makes two or more constructs act co-actively: the product of their deviations from baseline acts on a target. To add one, select its members, then its target last, and choose Edit ▸ Add Synergy Junction (Ctrl+J).</source>
        <translation>Model ini tidak memiliki simpul sinergi. Simpul membuat dua konstruk atau lebih bekerja secara ko-aktif: hasil kali simpangan mereka dari garis dasar bekerja pada sebuah target. Untuk menambahkannya, pilih anggota-anggotanya, lalu targetnya paling akhir, dan pilih Sunting ▸ Tambah Simpul Sinergi (Ctrl+J).</translation>
    </message>
    <message>
        <source>The synergy junction to show</source>
        <translation>Simpul sinergi yang ditampilkan</translation>
    </message>
    <message>
        <source>The member whose effect the left plot draws</source>
        <translation>Anggota yang efeknya digambar grafik kiri</translation>
    </message>
    <message>
        <source>The construct followed over time</source>
        <translation>Konstruk yang diikuti dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Junction</source>
        <translation>Simpul</translation>
    </message>
    <message>
        <source>Effect of</source>
        <translation>Efek dari</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dari waktu ke waktu</translation>
    </message>
    <message>
        <source>The model has not been run yet.</source>
        <extracomment>Results and cursor moves are shown once they pause this long: a full draw of the two plots costs tens of ms, so a slider drag keeps the main plots smooth and this panel catches up. The moderator&apos;s low and high levels drawn beside its current one. (as shares of the level range: 0.2 and 0.8 on 0..1)</extracomment>
        <translation>Model belum dijalankan.</translation>
    </message>
</context>
<context>
    <name>SynergyPlot</name>
    <message>
        <source>with synergy</source>
        <extracomment>Okabe–Ito: moderator low, now, high; the run with the junction and without it. The share of the simple-slopes plot&apos;s data span left free above the lines, for the key. Below this width (pixels) the plots are stacked, above it side by side.</extracomment>
        <translation>dengan sinergi</translation>
    </message>
    <message>
        <source>without</source>
        <translation>tanpa</translation>
    </message>
    <message>
        <source>Simple slopes</source>
        <translation>Kemiringan sederhana</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dari waktu ke waktu</translation>
    </message>
</context>
<context>
    <name>TimeCursor</name>
    <message>
        <source>Time cursor</source>
        <extracomment>Milliseconds per step while playing at 1×: a 52-week run plays in about six seconds. The time slider never gets narrower than this (a square knob cannot be dragged). The play speeds offered, as (text, factor).</extracomment>
        <translation>Kursor waktu</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Go to the start</source>
        <translation>Ke awal</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Mundur satu langkah</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Maju satu langkah</translation>
    </message>
    <message>
        <source>How fast Play runs through the weeks</source>
        <translation>Seberapa cepat Putar berjalan melewati minggu-minggu</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Kecepatan putar</translation>
    </message>
    <message>
        <source>{unit} {now} of {end}</source>
        <translation>{unit} {now} dari {end}</translation>
    </message>
</context>
<context>
    <name>ValuesTable</name>
    <message>
        <source>wk</source>
        <extracomment>A run whose last step moves no level by more than this has settled (FCMpy&apos;s criterion). Short time units for the &quot;Settles at&quot; column: &quot;0.62 (wk 31)&quot;.</extracomment>
        <translation>mg</translation>
    </message>
    <message>
        <source>mo</source>
        <translation>bln</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>thn</translation>
    </message>
    <message>
        <source>h</source>
        <translation>j</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mnt</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Settles at</source>
        <translation>Stabil di</translation>
    </message>
    <message>
        <source>The level the construct settles at if the stimuli stay as they are (the steady state), and when it gets there (to within 0.005). “does not settle” means the model oscillates or keeps moving.</source>
        <translation>Tingkat stabil konstruk jika stimulus tetap seperti sekarang (keadaan tunak), dan kapan tercapai (dalam selisih 0,005). “tidak stabil” berarti model berosilasi atau terus bergerak.</translation>
    </message>
    <message>
        <source>does not settle</source>
        <translation>tidak stabil</translation>
    </message>
    <message>
        <source>{level} (after {short} {time})</source>
        <translation>{level} (setelah {short} {time})</translation>
    </message>
    <message>
        <source>Settles at {level} after {unit} {time}, beyond this run.</source>
        <translation>Stabil di {level} setelah {unit} {time}, melewati simulasi ini.</translation>
    </message>
    <message>
        <source>{level} ({short} {time})</source>
        <translation>{level} ({short} {time})</translation>
    </message>
    <message>
        <source>Settles at {level} from {unit} {time} on (to within 0.005).</source>
        <translation>Stabil di {level} sejak {unit} {time} (dalam selisih 0,005).</translation>
    </message>
    <message>
        <source>Does not settle: {reason}.</source>
        <translation>Tidak stabil: {reason}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Stimulus</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Organism</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Potong (clip)</translation>
    </message>
    <message>
        <source>Logistic</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Bivalent</source>
        <translation>Bivalen</translation>
    </message>
    <message>
        <source>Trivalent</source>
        <translation>Trivalen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Causal</source>
        <translation>Kausal</translation>
    </message>
    <message>
        <source>Trust transfer</source>
        <translation>Transfer kepercayaan</translation>
    </message>
    <message>
        <source>week</source>
        <translation>minggu</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>minggu</translation>
    </message>
    <message>
        <source>day</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>month</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>months</source>
        <translation>bulan</translation>
    </message>
    <message>
        <source>year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>years</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>step</source>
        <translation>langkah</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>langkah</translation>
    </message>
    <message>
        <source>As drawn</source>
        <translation>Sesuai diagram</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Filter weights by name…</source>
        <translation>Saring bobot menurut nama…</translation>
    </message>
    <message>
        <source>Scenario “{name}” sets this weight to {weight}.</source>
        <translation>Skenario “{name}” menetapkan bobot ini menjadi {weight}.</translation>
    </message>
    <message>
        <source>there is no path or junction {key}</source>
        <translation>tidak ada jalur atau simpul {key}</translation>
    </message>
    <message>
        <source>Synergy junction: its members act together, as a product.</source>
        <translation>Simpul sinergi: anggota-anggotanya bekerja bersama, sebagai hasil kali.</translation>
    </message>
    <message>
        <source>{kind} path.</source>
        <translation>Jalur {kind}.</translation>
    </message>
</context>
<context>
    <name>WhyController</name>
    <message>
        <source>a stimulus</source>
        <extracomment>Shares smaller than this (in level units) are not worth a bar of their own.</extracomment>
        <translation>sebuah stimulus</translation>
    </message>
    <message>
        <source>clamped in this scenario</source>
        <translation>ditahan dalam skenario ini</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <source>{n} tiny routes</source>
        <translation>{n} rute sangat kecil</translation>
    </message>
    <message>
        <source>{n} tiny paths</source>
        <translation>{n} jalur sangat kecil</translation>
    </message>
    <message>
        <source>{n} routes, each smaller than {small}</source>
        <translation>{n} rute, masing-masing lebih kecil dari {small}</translation>
    </message>
    <message>
        <source>{n} paths, each smaller than {small}</source>
        <translation>{n} jalur, masing-masing lebih kecil dari {small}</translation>
    </message>
    <message>
        <source>The level it started at has not faded yet.</source>
        <translation>Tingkat awalnya belum memudar.</translation>
    </message>
    <message>
        <source>Influence that went round a feedback loop on its way: no single route carries it.</source>
        <translation>Pengaruh yang melewati lingkar umpan balik di perjalanannya: tidak ada satu rute pun yang membawanya.</translation>
    </message>
    <message>
        <source>Influence along feedback loops and along routes too many to list one by one.</source>
        <translation>Pengaruh melalui lingkar umpan balik dan rute yang terlalu banyak untuk dicantumkan satu per satu.</translation>
    </message>
    <message>
        <source>What the update rule gives when every input is at its baseline.</source>
        <translation>Nilai dari aturan pembaruan saat setiap masukan berada pada garis dasarnya.</translation>
    </message>
    <message>
        <source>The last bit the model has not settled yet.</source>
        <translation>Sisa kecil yang belum stabil dalam model.</translation>
    </message>
    <message>
        <source>A stimulus or clamped construct: its slider, schedule or clamp sets its level.</source>
        <translation>Stimulus atau konstruk yang ditahan: tingkatnya diatur oleh penggeser, jadwal, atau penahanannya.</translation>
    </message>
    <message>
        <source>Select a construct on the diagram to see its level explained.</source>
        <translation>Pilih sebuah konstruk pada diagram untuk melihat penjelasan tingkatnya.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Mengapa?</translation>
    </message>
    <message>
        <source>The model has not been run yet.</source>
        <translation>Model belum dijalankan.</translation>
    </message>
    <message>
        <source>the long run is still being worked out</source>
        <translation>jangka panjangnya masih sedang dihitung</translation>
    </message>
    <message>
        <source>long run</source>
        <translation>jangka panjang</translation>
    </message>
    <message>
        <source>{unit} {time}</source>
        <translation>{unit} {time}</translation>
    </message>
    <message>
        <source>Why is {label} {level}? ({when})</source>
        <translation>Mengapa {label} {level}? ({when})</translation>
    </message>
    <message>
        <source>{label} is set outside the model ({how}): no route leads to it. Select an organism or response to see why it moves.</source>
        <translation>{label} diatur dari luar model ({how}): tidak ada rute yang menuju ke sana. Pilih organisme atau respons untuk melihat mengapa ia bergerak.</translation>
    </message>
    <message>
        <source>Baseline {base}, so {change} to explain</source>
        <translation>Garis dasar {base}, jadi {change} perlu dijelaskan</translation>
    </message>
    <message>
        <source>{sources} (its own level)</source>
        <translation>{sources} (tingkatnya sendiri)</translation>
    </message>
    <message>
        <source>{label}, weight {weight}</source>
        <translation>{label}, bobot {weight}</translation>
    </message>
    <message>
        <source>{amount} of the {total} change from the baseline</source>
        <translation>{amount} dari perubahan {total} terhadap garis dasar</translation>
    </message>
    <message>
        <source>Why is {label} where it is?</source>
        <translation>Mengapa {label} berada di tingkat ini?</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>{n} smaller routes</source>
        <translation>{n} rute lebih kecil</translation>
    </message>
    <message>
        <source>{n} smaller paths</source>
        <translation>{n} jalur lebih kecil</translation>
    </message>
    <message>
        <source>{group}: {n} more routes</source>
        <translation>{group}: {n} rute lagi</translation>
    </message>
    <message>
        <source>{group}: {n} more paths</source>
        <translation>{group}: {n} jalur lagi</translation>
    </message>
    <message>
        <source>By route</source>
        <translation>Per rute</translation>
    </message>
    <message>
        <source>By path</source>
        <translation>Per jalur</translation>
    </message>
    <message>
        <source>At cursor</source>
        <translation>Di kursor</translation>
    </message>
    <message>
        <source>Long run</source>
        <translation>Jk. panjang</translation>
    </message>
    <message>
        <source>Total: level − baseline</source>
        <translation>Total: tingkat − garis dasar</translation>
    </message>
</context>
</TS>
